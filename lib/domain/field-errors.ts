import type { z } from "zod";

/**
 * zod's issues as field → message key, the first of each field, keyed by the field's path joined
 * with "." ("daysPerStep.RECEIVED", "criteria.fitsPolicy.met"): the names the form posted, so the
 * page shows each error beside its field. An issue of the whole object is keyed "form".
 */
export function fieldErrors<C extends string = string>(error: z.ZodError): Record<string, C> {
  const errors: Record<string, C> = {};
  for (const issue of error.issues) errors[issue.path.map(String).join(".") || "form"] ??= issue.message as C;
  return errors;
}
