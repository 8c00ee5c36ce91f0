import { z } from "zod";
import { STEPS } from "./steps";

// The audit trail's event types. Each event's `data` has one shape, checked here before it is
// written; the case_event table itself refuses updates and deletes.

const step = z.enum(STEPS);

export const caseEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("SUBMITTED"), data: z.object({ registrationNumber: z.string() }) }),
  z.object({
    type: z.literal("STEP_CHANGED"),
    data: z.object({ from: step, to: step, comment: z.string().max(4000).optional() }),
  }),
  z.object({
    type: z.literal("STEP_SKIPPED"),
    data: z.object({ step, reason: z.string().min(1).max(4000) }),
  }),
  z.object({ type: z.literal("NOTE_ADDED"), data: z.object({ noteId: z.string() }) }),
  z.object({
    type: z.literal("MESSAGE_SENT"),
    data: z.object({ messageId: z.string(), from: z.enum(["APPLICANT", "STAFF"]) }),
  }),
  z.object({
    type: z.literal("ENDED"),
    data: z.object({
      outcome: z.enum(["GRANTED", "DECLINED", "WITHDRAWN", "CLOSED"]),
      reason: z.string().min(1).max(4000),
    }),
  }),
]);

export type CaseEventInput = z.infer<typeof caseEventSchema>;
export type CaseEventType = CaseEventInput["type"];

/** Validates an event before it is stored; throws on a malformed one (a programming error). */
export function buildCaseEvent<T extends CaseEventInput>(event: T): T {
  return caseEventSchema.parse(event) as T;
}
