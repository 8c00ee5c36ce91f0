import "server-only";
import { getDb } from "../db/client";
import { applicantRequestByToken } from "./applicant-session";
import { hashToken, looksLikeToken, newToken } from "./tokens";
import type { Result } from "@/lib/domain/result";

// The emailed save-and-return link (lib/server/intake/resume-link.ts) is a bearer key to a draft.
// Opening it changes nothing (mail scanners and link previews open links too): the page asks, and
// only its POST hands the draft to this browser, once. When this browser already holds another
// draft with answers in it, the person chooses which one to keep; it is never replaced silently.
// `browserToken` is the value of this browser's draft cookie; the caller reads and sets the cookie.

export interface ResumeLinkView {
  /** When the draft behind the link was last saved. */
  linkDraftSavedAt: Date;
  /** The other draft this browser holds, when it has answers in it: the person must choose. */
  browserDraftSavedAt: Date | null;
}

async function linkedDraft(token: string) {
  if (!looksLikeToken(token)) return null;
  const db = await getDb();
  return db.request.findFirst({
    where: { resumeTokenHash: hashToken(token), status: "DRAFT", resumeExpiresAt: { gt: new Date() } },
    select: { id: true, updatedAt: true },
  });
}

/** An unsent draft of this browser, other than `draftId`, that holds answers. */
async function otherBrowserDraft(draftId: string, browserToken: string | undefined) {
  const current = await applicantRequestByToken("COLLABORATION", browserToken);
  if (!current || current.status !== "DRAFT" || current.id === draftId) return null;
  return Object.keys(current.answers ?? {}).length > 0 ? current : null;
}

/** What the confirmation page shows; null when the link does not work (used, replaced or too old). */
export async function resumeLinkView(
  token: string,
  browserToken: string | undefined,
): Promise<ResumeLinkView | null> {
  const draft = await linkedDraft(token);
  if (!draft) return null;
  const other = await otherBrowserDraft(draft.id, browserToken);
  return { linkDraftSavedAt: draft.updatedAt, browserDraftSavedAt: other?.updatedAt ?? null };
}

export type TakeResult = Result<{ browserToken: string }, "kept" | "choose" | "invalid">;

/**
 * The confirmation's POST. `keep` is the person's answer when the browser holds another draft:
 * "link" takes the linked draft, "browser" leaves everything as it is (the link still works).
 * "taken" comes with the new cookie value for this browser.
 */
export async function takeResumeDraft(
  token: string,
  keep: string | null,
  browserToken: string | undefined,
): Promise<TakeResult> {
  const draft = await linkedDraft(token);
  if (!draft) return { ok: false, code: "invalid" };
  if (keep === "browser") return { ok: false, code: "kept" };
  if (keep !== "link" && (await otherBrowserDraft(draft.id, browserToken)))
    return { ok: false, code: "choose" };
  const newBrowserToken = newToken();
  const db = await getDb();
  // Spends the link in the same statement that hands the draft over: of two posts, one wins.
  const { count } = await db.request.updateMany({
    where: {
      id: draft.id,
      resumeTokenHash: hashToken(token),
      status: "DRAFT",
      resumeExpiresAt: { gt: new Date() },
    },
    data: { resumeTokenHash: null, resumeExpiresAt: null, browserTokenHash: hashToken(newBrowserToken) },
  });
  return count === 1 ? { ok: true, browserToken: newBrowserToken } : { ok: false, code: "invalid" };
}
