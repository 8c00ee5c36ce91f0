import "server-only";
import { cookies } from "next/headers";
import { getDb } from "../db/client";
import { env } from "../env";
import { hashToken, looksLikeToken, newToken } from "./tokens";

// The applicant has no account: a draft belongs to the browser holding its cookie (and to whoever
// opens an emailed save-and-return link, which sets a new cookie). One cookie per kind, so asking a
// question never loses the collaboration draft.

export type DraftKind = "COLLABORATION" | "QUESTION";

const COOKIE: Record<DraftKind, string> = { COLLABORATION: "lotsen_draft", QUESTION: "lotsen_question" };
const MAX_AGE_SECONDS = 60 * 60 * 24 * 90; // drafts are deleted after 90 days (privacy notice)

export async function setApplicantCookie(kind: DraftKind, token: string) {
  (await cookies()).set(COOKIE[kind], token, {
    httpOnly: true,
    sameSite: "lax",
    secure: env().NODE_ENV === "production" && env().PUBLIC_BASE_URL.startsWith("https:"),
    path: "/",
    maxAge: MAX_AGE_SECONDS,
  });
}

/** The token in this browser's cookie for `kind`, if any. */
export async function applicantCookieToken(kind: DraftKind): Promise<string | undefined> {
  return (await cookies()).get(COOKIE[kind])?.value;
}

/** The request this browser is working on (a draft, or the one it just sent), if any. */
export async function currentApplicantRequest(kind: DraftKind) {
  return applicantRequestByToken(kind, await applicantCookieToken(kind));
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

/** Creates an empty draft and hands its cookie to this browser. */
export async function startDraft(kind: DraftKind, language: string) {
  const token = newToken();
  const db = await getDb();
  const draft = await db.request.create({
    data: { kind, status: "DRAFT", language, browserTokenHash: hashToken(token) },
    select: { id: true },
  });
  await setApplicantCookie(kind, token);
  return draft;
}

/** The current draft, or a new one when the browser has none (or has already sent it). */
export async function draftForEditing(kind: DraftKind, language: string) {
  const current = await currentApplicantRequest(kind);
  if (current?.status === "DRAFT") return current;
  const { id } = await startDraft(kind, language);
  const db = await getDb();
  return db.request.findUniqueOrThrow({
    where: { id },
    omit: { accessTokenHash: true, resumeTokenHash: true, browserTokenHash: true },
  });
}

/** The contact's address for the receipt page (the applicant's own browser only). */
export async function contactEmail(contactId: string | null): Promise<string | null> {
  if (!contactId) return null;
  const db = await getDb();
  return (
    (await db.contactPerson.findUnique({ where: { id: contactId }, select: { email: true } }))?.email ?? null
  );
}
