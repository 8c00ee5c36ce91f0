import { z } from "zod";
import { SECTION_IDS } from "./intake/sections";
import type { WorkflowAction } from "./workflow";

// What each workflow action needs from the staff member's form: one zod schema per action, used by
// the server on every post and by the case page for each form's fields (components/staff/action-form.tsx).
// Error messages are keys under `staff.errors` in the message files.

const text = (max: number) =>
  z.string({ error: "required" }).trim().min(1, { error: "required" }).max(max, { error: "tooLong" });
const optionalText = (max: number) => z.string().trim().max(max, { error: "tooLong" }).optional().default("");
/** Shared by the actions' dates and times, so the form can tell a date field by its schema. */
export const DATE = z.string({ error: "date" }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: "date" });
export const TIME = z.string({ error: "time" }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "time" });

export const COLLABORATION_FORMS = ["IOP", "GRANT", "PROCUREMENT", "RESERVED_PROCUREMENT", "OTHER"] as const;
export const RECOMMENDATIONS = [...COLLABORATION_FORMS, "DECLINE"] as const;

/** The IOP criteria (docs/domain.md) assessed in a decision proposal. */
export const IOP_CRITERIA = [
  "ownInitiative",
  "fitsPolicy",
  "noMarket",
  "bothContribute",
  "specificActivity",
  "noDetailedRegulation",
  "longTerm",
] as const;

const criterion = z.object({
  met: z.enum(["yes", "no", "unclear"], { error: "choose" }),
  note: optionalText(500),
});

export const PAYLOADS = {
  review: z.object({ meetingDate: DATE, participants: text(1000), summary: text(4000) }),
  requestOpinions: z.object({
    expertIds: z.array(z.uuid()).min(1, { error: "chooseExpert" }).max(10),
    question: text(2000),
  }),
  completeConsultation: z.object({ comment: optionalText(2000) }),
  skipExperts: z.object({ reason: text(2000) }),
  bookPresentation: z.object({
    date: DATE,
    time: TIME,
    durationMinutes: z.coerce
      .number({ error: "number" })
      .int()
      .min(15, { error: "number" })
      .max(480, { error: "number" }),
    place: text(300),
  }),
  recordPresentation: z.object({ notes: text(4000) }),
  submitProposal: z.object({
    recommended: z.enum(RECOMMENDATIONS, { error: "choose" }),
    motivation: text(6000),
    resources: text(3000),
    criteria: z.object(
      Object.fromEntries(IOP_CRITERIA.map((c) => [c, criterion])) as Record<
        (typeof IOP_CRITERIA)[number],
        typeof criterion
      >,
    ),
  }),
  approve: z.object({ comment: optionalText(2000) }),
  decline: z.object({ reason: text(2000) }),
  sendBack: z.object({ comment: text(2000) }),
  referToCommittee: z.object({ comment: optionalText(2000) }),
  committeeGrant: z.object({
    meetingDate: DATE,
    form: z.enum(COLLABORATION_FORMS, { error: "choose" }),
    reason: text(2000),
  }),
  committeeDecline: z.object({ meetingDate: DATE, reason: text(2000) }),
  answerQuestion: z.object({ answer: text(4000) }),
  requestInformation: z.object({
    sections: z.array(z.enum(SECTION_IDS as [string, ...string[]])).min(1, { error: "chooseSection" }),
    message: text(4000),
  }),
  close: z.object({ reason: text(2000) }),
  withdraw: z.object({ reason: text(2000) }),
} satisfies Record<WorkflowAction, z.ZodType>;

export type Payload<A extends WorkflowAction> = z.infer<(typeof PAYLOADS)[A]>;

/** The payload an action's command carries, as typed (strings before trimming, numbers as posted). */
export type PayloadInput<A extends WorkflowAction> = z.input<(typeof PAYLOADS)[A]>;

/**
 * A workflow move as the staff member asks for it: the case, the version the page showed, the action
 * and its payload. One member per action, so the payload is typed by the action.
 */
export type WorkflowCommand = {
  [A in WorkflowAction]: { requestId: string; expectedVersion: number; action: A; payload: PayloadInput<A> };
}[WorkflowAction];

/** Validates an action's payload; errors are keyed by the field's name ("criteria.fitsPolicy.met"). */
export function parsePayload<A extends WorkflowAction>(action: A, input: unknown) {
  const result = (PAYLOADS[action] as z.ZodType).safeParse(input);
  if (result.success) return { ok: true as const, payload: result.data as Payload<A> };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.join(".");
    errors[key] ??= issue.message;
  }
  return { ok: false as const, errors };
}
