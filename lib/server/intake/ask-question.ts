import "server-only";
import { validateSection, type FieldValues } from "@/lib/domain/intake/schema";
import { QUESTION_SECTION } from "@/lib/domain/intake/sections";
import type { Locale } from "@/lib/i18n/routing";
import { getDb } from "../db/client";
import { checkRateLimit, clientIp, RATE_LIMITS, releaseRateLimitHit } from "../rate-limit";
import { draftForPost, questionDraftOpen, setApplicantCookie } from "./applicant-session";
import { saveSection } from "./save-section";
import { sendNewQuestion, sendRequest } from "./send-request";
import { isIdempotencyKey, tokenForIdempotencyKey } from "./tokens";

// "Just ask a question" (app/api/question/route.ts). A valid question from a browser without a
// question draft is sent in one go. Anything else is saved like a draft first, so nothing typed is
// lost: an invalid question goes to the correction page with its draft, and a second post of the
// same form (a double click, a re-post) finds the question already sent and gets the same receipt.

export type AskOutcome =
  | { kind: "receipt" }
  | { kind: "correct" }
  /** `unsaved`: nothing was stored, so the refusal page hands back what was typed. */
  | { kind: "limited"; retryAfterSeconds: number; unsaved: boolean };

export async function askQuestion(input: {
  values: FieldValues;
  idempotencyKey: string;
  locale: Locale;
  headers: Headers;
}): Promise<AskOutcome> {
  const { values, idempotencyKey: key, locale, headers } = input;
  const valid = isIdempotencyKey(key) && !Object.keys(validateSection(QUESTION_SECTION, values)).length;
  const db = await getDb();
  if (valid && !(await questionDraftOpen())) {
    const limit = await checkRateLimit(db, "question", headers);
    if (!limit.allowed) return { kind: "limited", retryAfterSeconds: limit.retryAfterSeconds, unsaved: true };
    const browserToken = tokenForIdempotencyKey(key);
    if ((await sendNewQuestion({ values, idempotencyKey: key, locale, browserToken })).ok) {
      await setApplicantCookie("QUESTION", browserToken);
      return { kind: "receipt" };
    }
    // The key is taken: a second post, answered below and not counted twice.
    await releaseRateLimitHit(db, { bucket: "question", ip: clientIp(headers), ...RATE_LIMITS.question });
  }
  const draft = await draftForPost("QUESTION", locale, key, headers);
  if (!draft.ok) return { kind: "limited", retryAfterSeconds: draft.retryAfterSeconds, unsaved: true };
  if (draft.sent) return { kind: "receipt" };
  const saved = await saveSection(draft.id, "question", values);
  if (!valid) return { kind: "correct" };
  const limit = await checkRateLimit(db, "question", headers);
  if (!limit.allowed) return { kind: "limited", retryAfterSeconds: limit.retryAfterSeconds, unsaved: false };
  const result = await sendRequest({ requestId: draft.id, idempotencyKey: key, locale, draft: saved });
  return result.ok ? { kind: "receipt" } : { kind: "correct" };
}
