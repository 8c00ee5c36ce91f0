import { z } from "zod";

// An expert's two forms on their opinion page: first whether they have a conflict of interest,
// then (without one) their opinion. The message keys are named in the page's address (`?fel=`).

export const OPINION_MAX = 6000;
const CONFLICT_NOTE_MAX = 2000;

export const declareConflictSchema = z.object({
  conflict: z.enum(["yes", "no"], { error: "choose" }).transform((v) => v === "yes"),
  note: z
    .string()
    .trim()
    .transform((v) => v.slice(0, CONFLICT_NOTE_MAX)),
});

export const answerOpinionSchema = z.object({
  answer: z.string().trim().min(1, { error: "answer" }).max(OPINION_MAX, { error: "answer" }),
});
