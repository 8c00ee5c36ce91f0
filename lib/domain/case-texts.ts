import { z } from "zod";

// The case page's two text forms: a message to the applicant and an internal note.

export const NOTE_MAX = 4000;

const caseText = z.string().trim().min(1, { error: "required" }).max(NOTE_MAX, { error: "tooLong" });

export const messageSchema = z.object({ message: caseText });
export const noteSchema = z.object({ note: caseText });
