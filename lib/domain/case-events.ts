import { z } from "zod";
import { STEPS } from "./steps";

// The audit trail's event types. Each event's `data` has one shape, checked here before it is
// written; the case_event table itself refuses updates and deletes.

const step = z.enum(STEPS);

export const caseEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("SUBMITTED"), data: z.object({ registrationNumber: z.string() }) }),
  z.object({
    type: z.literal("STEP_CHANGED"),
    data: z.object({
      from: step,
      to: step,
      action: z.string().max(40).optional(),
      comment: z.string().max(4000).optional(),
      /** What the step recorded: the lotsen meeting, presentation notes, the committee's meeting date. */
      details: z.record(z.string(), z.string().max(6000)).optional(),
    }),
  }),
  z.object({ type: z.literal("ASSIGNED"), data: z.object({ assignedToId: z.string().nullable() }) }),
  z.object({ type: z.literal("OPINIONS_REQUESTED"), data: z.object({ opinionIds: z.array(z.string()) }) }),
  z.object({
    type: z.literal("CONFLICT_DECLARED"),
    data: z.object({ opinionId: z.string(), hasConflict: z.boolean() }),
  }),
  z.object({ type: z.literal("OPINION_GIVEN"), data: z.object({ opinionId: z.string() }) }),
  z.object({
    type: z.literal("PRESENTATION_BOOKED"),
    data: z.object({ presentationId: z.string(), startsAt: z.string(), place: z.string() }),
  }),
  z.object({
    type: z.literal("PROPOSAL_SUBMITTED"),
    data: z.object({ proposalId: z.string(), recommended: z.string() }),
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
  /** The applicant sent back the sections lotsen reopened ("ask for more information"). */
  z.object({ type: z.literal("INFO_SUPPLIED"), data: z.object({ sections: z.array(z.string()).min(1) }) }),
  /** The applicant asked for a fresh status link; it went to the contact address, the old one died. */
  z.object({ type: z.literal("STATUS_LINK_RENEWED"), data: z.object({}) }),
  /** The contact's details were corrected (GDPR Art. 16): which fields, never their values. */
  z.object({
    type: z.literal("CONTACT_RECTIFIED"),
    data: z.object({ fields: z.array(z.enum(["name", "email", "phone"])).min(1) }),
  }),
  /** Personal data in the case was replaced by a tombstone (lib/server/privacy/erase.ts); `basis`
   * is why (not `reason`, which the timeline shows as staff-written text). */
  z.object({
    type: z.literal("PERSONAL_DATA_ERASED"),
    data: z.object({ basis: z.enum(["retention", "data_subject_request"]) }),
  }),
  z.object({
    type: z.literal("ENDED"),
    data: z.object({
      outcome: z.enum(["GRANTED", "DECLINED", "WITHDRAWN", "CLOSED"]),
      reason: z.string().min(1).max(6000),
      action: z.string().max(40).optional(),
      collaborationForm: z.string().max(40).optional(),
      details: z.record(z.string(), z.string().max(6000)).optional(),
    }),
  }),
]);

export type CaseEventInput = z.infer<typeof caseEventSchema>;
export type CaseEventType = CaseEventInput["type"];

/** Validates an event before it is stored; throws on a malformed one (a programming error). */
export function buildCaseEvent<T extends CaseEventInput>(event: T): T {
  return caseEventSchema.parse(event) as T;
}
