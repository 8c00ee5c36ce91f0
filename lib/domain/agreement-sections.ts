// The sections of an IOP agreement (the agreement template, docs/domain.md) beyond content, goals, period,
// steering, follow-up and terms: Bakgrund, Organisation och samverkan with who answers for the agreement in
// the municipality (beslutande nämnd, ansvarig förvaltning), Utvärdering och fortsatt samverkan, and the
// clause on a surplus. One form section of the partnership page; the server validates with this schema only.
// Messages are keys of partnerships.errors.

import { z } from "zod";
import type { FormErrors, Parsed } from "./partnership";

/** The fields in the agreement template's order, as the form, the agreement page and the PDF show them. */
export const AGREEMENT_SECTION_FIELDS = [
  "background",
  "collaboration",
  "responsibleCommittee",
  "responsibleDepartment",
  "evaluation",
  "surplusUse",
] as const;
export type AgreementSectionField = (typeof AGREEMENT_SECTION_FIELDS)[number];

const text = (max: number) => z.string().trim().max(max, { error: "tooLong" }).default("");

/** The committee and the department are names (a column of 300); the rest are free text. */
export const agreementSectionsSchema = z.object({
  background: text(8000),
  collaboration: text(8000),
  responsibleCommittee: text(300),
  responsibleDepartment: text(300),
  evaluation: text(8000),
  surplusUse: text(4000),
});
export type AgreementSectionsInput = z.infer<typeof agreementSectionsSchema>;

export function parseAgreementSections(
  input: z.input<typeof agreementSectionsSchema>,
): Parsed<AgreementSectionsInput> {
  const result = agreementSectionsSchema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  const errors: FormErrors = {};
  for (const issue of result.error.issues)
    errors[issue.path.map(String).join(".") || "form"] ??= issue.message;
  return { ok: false, errors };
}
