import { z } from "zod";

// The applicant's forms on the status page (behind the private link). The page reads their errors
// from the address (`?fel=<key>#fel`).

export const MESSAGE_MAX = 4000;
export const REASON_MAX = 2000;

export const withdrawSchema = z.object({
  reason: z.string().trim().min(1, { error: "reasonEmpty" }).max(REASON_MAX, { error: "reasonTooLong" }),
});
