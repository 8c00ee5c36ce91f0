import { AGREEMENT_SECTION_FIELDS, type AgreementSectionField } from "@/lib/domain/agreement-sections";
import { action, helpers, type SectionContext } from "./record-sections";
import { SectionForm, TextField } from "./form-parts";

// Background, organisation and collaboration, evaluation and the surplus clause: the parts of seed
// 003's agreement that have no other section on the partnership page, in the agreement's order.

const ROWS: Record<AgreementSectionField, number | undefined> = {
  background: 6,
  collaboration: 4,
  responsibleCommittee: undefined,
  responsibleDepartment: undefined,
  evaluation: 4,
  surplusUse: 2,
};

export async function AgreementSection(ctx: SectionContext) {
  const { t, field, okText } = await helpers(ctx, "agreement");
  return (
    <SectionForm
      id="agreement"
      section="agreement"
      heading={t("record.sections.agreement")}
      action={action(ctx)}
      locale={ctx.locale}
      version={ctx.p.version}
      canManage={ctx.canManage}
      saveLabel={t("record.save")}
      okText={okText}
    >
      <p className="text-slate-700">{t("record.agreementSection.lead")}</p>
      {AGREEMENT_SECTION_FIELDS.map((name) => (
        <TextField
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
