import "server-only";
import { cookies } from "next/headers";
import { getDb } from "../db/client";
import { cookieOptions, hostCookieName } from "../http/cookies";
import { checkRateLimit } from "../rate-limit";
import { hashToken, looksLikeToken, newToken } from "./tokens";

// The applicant has no account: a draft belongs to the browser holding its cookie (and to whoever
// opens an emailed save-and-return link, which sets a new cookie). One cookie per kind, so asking a
// question never loses the collaboration draft.

export type DraftKind = "COLLABORATION" | "QUESTION";

const COOKIE: Record<DraftKind, string> = { COLLABORATION: "lotsen_draft", QUESTION: "lotsen_question" };
const cookieName = (kind: DraftKind) => hostCookieName(COOKIE[kind]);
const MAX_AGE_SECONDS = 60 * 60 * 24 * 90; // drafts are deleted after 90 days (privacy notice)

export async function setApplicantCookie(kind: DraftKind, token: string) {
  (await cookies()).set(cookieName(kind), token, cookieOptions(MAX_AGE_SECONDS));
}

/** The request this browser is working on (a draft, or the one it just sent), if any. */
export async function currentApplicantRequest(kind: DraftKind) {
  const token = (await cookies()).get(cookieName(kind))?.value;
  if (!looksLikeToken(token)) return null;
  const db = await getDb();
  return db.request.findFirst({
    where: { browserTokenHash: hashToken(token), kind },
    omit: { accessTokenHash: true, resumeTokenHash: true, browserTokenHash: true },
  });
}

export type StartedDraft = { ok: true; id: string } | { ok: false; retryAfterSeconds: number };

/**
 * Creates an empty draft and hands its cookie to this browser. Every form that can start a draft is
 * open to anyone, so every start counts against the client's address ("draft" in RATE_LIMITS), here
 * in the one place drafts are made, and a refused start creates nothing.
 */
export async function startDraft(kind: DraftKind, language: string, headers: Headers): Promise<StartedDraft> {
  const db = await getDb();
  const limit = await checkRateLimit(db, "draft", headers);
  if (!limit.allowed) return { ok: false, retryAfterSeconds: limit.retryAfterSeconds };
  const token = newToken();
  const draft = await db.request.create({
    data: { kind, status: "DRAFT", language, browserTokenHash: hashToken(token) },
    select: { id: true },
  });
  await setApplicantCookie(kind, token);
  return { ok: true, id: draft.id };
}

/** The contact's address for the receipt page (the applicant's own browser only). */
export async function contactEmail(contactId: string | null): Promise<string | null> {
  if (!contactId) return null;
  const db = await getDb();
  return (
    (await db.contactPerson.findUnique({ where: { id: contactId }, select: { email: true } }))?.email ?? null
  );
}
