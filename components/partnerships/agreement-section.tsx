import { AGREEMENT_SECTION_FIELDS, type AgreementSectionField } from "@/lib/domain/agreement-sections";
import { helpers, type SectionContext } from "./record-sections";
import { TextField } from "@/components/form/field-kit";
import { SectionForm } from "./section-form";

// Background, organisation and collaboration, evaluation and the surplus clause: the parts of the
// agreement template (docs/domain.md) that have no other section on the partnership page, in its order.

const ROWS: Record<AgreementSectionField, number | undefined> = {
  background: 6,
  collaboration: 4,
  responsibleCommittee: undefined,
  responsibleDepartment: undefined,
  evaluation: 4,
  surplusUse: 2,
};

export async function AgreementSection(ctx: SectionContext) {
  const { t, field, form } = await helpers(ctx, "agreement");
  return (
    <SectionForm {...form}>
      <p className="text-slate-700">{t("record.agreementSection.lead")}</p>
      {AGREEMENT_SECTION_FIELDS.map((name) => (
        <TextField
          compact
          key={name}
          {...field(name, ctx.p[name])}
          label={t(`record.agreementSection.${name}`)}
          hint={t(`record.agreementSection.${name}Hint`)}
          rows={ROWS[name]}
        />
      ))}
    </SectionForm>
  );
}
