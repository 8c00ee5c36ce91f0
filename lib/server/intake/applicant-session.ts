import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { Prisma, type RequestStatus } from "@/lib/generated/prisma/client";
import { getDb } from "../db/client";
import { cookieOptions, hostCookieName } from "../http/cookies";
import { checkRateLimit } from "../rate-limit";
import { hashToken, isIdempotencyKey, looksLikeToken, newToken, tokenForIdempotencyKey } from "./tokens";

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

/** The token in this browser's cookie for `kind`, if any. */
export async function applicantCookieToken(kind: DraftKind): Promise<string | undefined> {
  return (await cookies()).get(cookieName(kind))?.value;
}

/**
 * The request this browser is working on (a draft, or the one it just sent), if any. Read once per
 * page render (React `cache`): a page and its metadata both ask. Outside a render (routes) every
 * call reads afresh.
 */
export const currentApplicantRequest = cache(async (kind: DraftKind) =>
  applicantRequestByToken(kind, await applicantCookieToken(kind)),
);

/** Whether this browser holds a question draft (a question sent before does not count). */
export async function questionDraftOpen(): Promise<boolean> {
  const token = await applicantCookieToken("QUESTION");
  if (!looksLikeToken(token)) return false;
  const db = await getDb();
  const draft = await db.request.findFirst({
    where: { browserTokenHash: hashToken(token), kind: "QUESTION", status: "DRAFT" },
    select: { id: true },
  });
  return draft !== null;
}

/** The request a browser token belongs to (the cookie's value, read by the caller). */
export async function applicantRequestByToken(kind: DraftKind, token: string | undefined) {
  if (!looksLikeToken(token)) return null;
  const db = await getDb();
  return db.request.findFirst({
    where: { browserTokenHash: hashToken(token), kind },
    omit: { accessTokenHash: true, resumeTokenHash: true, browserTokenHash: true },
  });
}

export type StartedDraft =
  | { ok: true; id: string; status: RequestStatus; idempotencyKey: string | null }
  | { ok: false; retryAfterSeconds: number };

/**
 * Creates an empty draft and hands its cookie to this browser. Every form that can start a draft is
 * open to anyone, so every start counts against the client's address ("draft" in RATE_LIMITS), here
 * in the one place drafts are made, and a refused start creates nothing. With a derived `token`
 * (tokenForIdempotencyKey) a second post of the same form gets the draft the first one started,
 * which may already be sent: callers check `status`.
 */
export async function startDraft(
  kind: DraftKind,
  language: string,
  headers: Headers,
  token = newToken(),
): Promise<StartedDraft> {
  const db = await getDb();
  const browserTokenHash = hashToken(token);
  const select = { id: true, status: true, idempotencyKey: true } as const;
  // The second post of a double click finds the draft the first one started: not a new start, so it
  // is not counted (an office near its limit still gets the same receipt for both posts).
  const existing = await db.request.findFirst({ where: { browserTokenHash, kind }, select });
  if (existing) {
    await setApplicantCookie(kind, token);
    return { ok: true, ...existing };
  }
  const limit = await checkRateLimit(db, "draft", headers);
  if (!limit.allowed) return { ok: false, retryAfterSeconds: limit.retryAfterSeconds };
  let draft;
  try {
    draft = await db.request.create({ data: { kind, status: "DRAFT", language, browserTokenHash }, select });
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    draft = await db.request.findFirst({ where: { browserTokenHash, kind }, select });
    if (!draft) throw error;
  }
  await setApplicantCookie(kind, token);
  return { ok: true, ...draft };
}

/**
 * The draft a form post carrying `idempotencyKey` fills, or `sent` when the request with that key
 * is already sent from this browser (a double click, a re-post: show the same receipt). Without a
 * cookie, posts of one form page share a draft through a token derived from the key, so two posts
 * at once never register two requests.
 */
export async function draftForPost(
  kind: DraftKind,
  language: string,
  idempotencyKey: string,
  headers: Headers,
): Promise<{ ok: true; id: string; sent: boolean } | { ok: false; retryAfterSeconds: number }> {
  const current = await currentApplicantRequest(kind);
  if (current?.status === "DRAFT") return { ok: true, id: current.id, sent: false };
  if (current && current.idempotencyKey === idempotencyKey) return { ok: true, id: current.id, sent: true };
  if (isIdempotencyKey(idempotencyKey)) {
    const draft = await startDraft(kind, language, headers, tokenForIdempotencyKey(idempotencyKey));
    if (!draft.ok) return draft;
    if (draft.status === "DRAFT") return { ok: true, id: draft.id, sent: false };
    if (draft.idempotencyKey === idempotencyKey) return { ok: true, id: draft.id, sent: true };
  }
  const started = await startDraft(kind, language, headers);
  return started.ok ? { ok: true, id: started.id, sent: false } : started;
}

/** The contact's address for the receipt page (the applicant's own browser only). */
export async function contactEmail(contactId: string | null): Promise<string | null> {
  if (!contactId) return null;
  const db = await getDb();
  return (
    (await db.contactPerson.findUnique({ where: { id: contactId }, select: { email: true } }))?.email ?? null
  );
}
