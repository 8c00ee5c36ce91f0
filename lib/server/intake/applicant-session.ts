import "server-only";
import { cookies } from "next/headers";
import { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "../db/client";
import { env } from "../env";
import { hashToken, isIdempotencyKey, looksLikeToken, newToken, tokenForIdempotencyKey } from "./tokens";

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

/** The request this browser is working on (a draft, or the one it just sent), if any. */
export async function currentApplicantRequest(kind: DraftKind) {
  const token = (await cookies()).get(COOKIE[kind])?.value;
  if (!looksLikeToken(token)) return null;
  const db = await getDb();
  return db.request.findFirst({
    where: { browserTokenHash: hashToken(token), kind },
    omit: { accessTokenHash: true, resumeTokenHash: true, browserTokenHash: true },
  });
}

/**
 * Creates an empty draft and hands its cookie to this browser. With a derived `token`
 * (tokenForIdempotencyKey) a second post of the same form gets the draft the first one started,
 * which may already be sent: callers check `status`.
 */
export async function startDraft(kind: DraftKind, language: string, token = newToken()) {
  const db = await getDb();
  const browserTokenHash = hashToken(token);
  const select = { id: true, status: true, idempotencyKey: true } as const;
  let draft;
  try {
    draft = await db.request.create({ data: { kind, status: "DRAFT", language, browserTokenHash }, select });
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    draft = await db.request.findFirst({ where: { browserTokenHash, kind }, select });
    if (!draft) throw error;
  }
  await setApplicantCookie(kind, token);
  return draft;
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
): Promise<{ id: string; sent: boolean }> {
  const current = await currentApplicantRequest(kind);
  if (current?.status === "DRAFT") return { id: current.id, sent: false };
  if (current && current.idempotencyKey === idempotencyKey) return { id: current.id, sent: true };
  if (isIdempotencyKey(idempotencyKey)) {
    const draft = await startDraft(kind, language, tokenForIdempotencyKey(idempotencyKey));
    if (draft.status === "DRAFT") return { id: draft.id, sent: false };
    if (draft.idempotencyKey === idempotencyKey) return { id: draft.id, sent: true };
  }
  return { id: (await startDraft(kind, language)).id, sent: false };
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
