import "server-only";
import { z } from "zod";
import { parseRegistrationNumber } from "@/lib/domain/registration-number";

// The "new status link" form: an email address, and the case's registration number if the person
// has it. Only the shape is checked here; whether a case exists is never told.

export type NewLinkError = "email" | "number";

export function checkNewLinkForm(input: { email: string; number: string }): NewLinkError | null {
  if (!z.email().max(254).safeParse(input.email.trim()).success) return "email";
  const number = input.number.trim().replace(/\s+/g, " ");
  if (number && (number.length > 40 || !parseRegistrationNumber(number))) return "number";
  return null;
}
