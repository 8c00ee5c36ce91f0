import { z } from "zod";
import { SECTION_IDS } from "./intake/sections";
import type { WorkflowAction } from "./workflow";

// What each workflow action needs from the staff member's form: one zod schema per action, used by
// the server on every post. Error messages are keys under `staff.errors` in the message files.

const text = (max: number) => z.string().trim().min(1, { error: "required" }).max(max, { error: "tooLong" });
const optionalText = (max: number) => z.string().trim().max(max, { error: "tooLong" }).optional().default("");
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "date" });
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "time" });

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
  review: z.object({ meetingDate: date, participants: text(1000), summary: text(4000) }),
  requestOpinions: z.object({
    expertIds: z.array(z.uuid()).min(1, { error: "chooseExpert" }).max(10),
    question: text(2000),
  }),
  completeConsultation: z.object({ comment: optionalText(2000) }),
  skipExperts: z.object({ reason: text(2000) }),
  bookPresentation: z.object({
    date,
    time,
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
    meetingDate: date,
    form: z.enum(COLLABORATION_FORMS, { error: "choose" }),
    reason: text(2000),
  }),
  committeeDecline: z.object({ meetingDate: date, reason: text(2000) }),
  answerQuestion: z.object({ answer: text(4000) }),
  requestInformation: z.object({
    sections: z.array(z.enum(SECTION_IDS as [string, ...string[]])).min(1, { error: "chooseSection" }),
    message: text(4000),
  }),
  close: z.object({ reason: text(2000) }),
  withdraw: z.object({ reason: text(2000) }),
} satisfies Record<WorkflowAction, z.ZodType>;

export type Payload<A extends WorkflowAction> = z.infer<(typeof PAYLOADS)[A]>;

/** Reads a flat form (name → values) into the action's payload shape, then validates it. */
export function parsePayload<A extends WorkflowAction>(action: A, form: (name: string) => string[]) {
  const one = (name: string) => form(name)[0] ?? "";
  let raw: Record<string, unknown>;
  if (action === "submitProposal") {
    raw = {
      recommended: one("recommended"),
      motivation: one("motivation"),
      resources: one("resources"),
      criteria: Object.fromEntries(
        IOP_CRITERIA.map((c) => [c, { met: one(`criteria.${c}.met`), note: one(`criteria.${c}.note`) }]),
      ),
    };
  } else {
    const shape = (PAYLOADS[action] as z.ZodObject).shape as Record<string, z.ZodType>;
    raw = Object.fromEntries(
      Object.keys(shape).map((k) => [k, k === "expertIds" || k === "sections" ? form(k) : one(k)]),
    );
  }
  const result = (PAYLOADS[action] as z.ZodType).safeParse(raw);
  if (result.success) return { ok: true as const, payload: result.data as Payload<A> };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.join(".");
    errors[key] ??= issue.message;
  }
  return { ok: false as const, errors };
}
