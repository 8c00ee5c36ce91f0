import { z } from "zod";

// The municipality's own settings, edited by administrators: its name, the lotsen mailbox (where
// notifications go), the contact details shown to the public and the registration-number prefix.
// Pure: the error messages are codes, each a message key under staff.admin.municipality.errors.

export type MunicipalityErrorCode =
  "nameRequired" | "nameTooLong" | "emailInvalid" | "phoneTooLong" | "prefixRequired" | "prefixInvalid";

const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, { error: "emailInvalid" })
  .pipe(z.email({ error: "emailInvalid" }));

export const municipalitySettingsSchema = z.object({
  name: z.string().trim().min(1, { error: "nameRequired" }).max(100, { error: "nameTooLong" }),
  mailbox: email,
  contactEmail: email,
  contactPhone: z
    .string()
    .trim()
    .max(40, { error: "phoneTooLong" })
    .optional()
    .transform((v) => (v ? v : undefined)),
  // Letters, digits, spaces and dashes: "KS", "Dnr KS", "KS-IOP".
  registrationPrefix: z
    .string()
    .trim()
    .min(1, { error: "prefixRequired" })
    .max(20, { error: "prefixInvalid" })
    .regex(/^[\p{L}\p{N}]([\p{L}\p{N} -]*[\p{L}\p{N}])?$/u, { error: "prefixInvalid" }),
});

export type MunicipalitySettingsInput = z.input<typeof municipalitySettingsSchema>;
export type MunicipalitySettingsValue = z.output<typeof municipalitySettingsSchema>;

export type MunicipalityFieldErrors = Partial<Record<keyof MunicipalitySettingsValue, MunicipalityErrorCode>>;

/** Parses the form; the first error per field. */
export function parseMunicipalitySettingsForm(
  input: MunicipalitySettingsInput,
): { ok: true; settings: MunicipalitySettingsValue } | { ok: false; errors: MunicipalityFieldErrors } {
  const parsed = municipalitySettingsSchema.safeParse(input);
  if (parsed.success) return { ok: true, settings: parsed.data };
  const errors: MunicipalityFieldErrors = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path[0] as keyof MunicipalitySettingsValue;
    errors[key] ??= issue.message as MunicipalityErrorCode;
  }
  return { ok: false, errors };
}
