import { getTranslations } from "next-intl/server";
import { SecondaryButton } from "@/components/form/buttons";
import { PARTY_SIDES, PUBLISHED_PARTS, readPublished } from "@/lib/domain/partnership";
import type { PartnershipDetail } from "@/lib/server/partnerships/queries";
import { CheckboxGroup, SelectField, TextField } from "@/components/form/field-kit";
import { SectionForm } from "./section-form";
import { action, helpers, type SectionContext } from "./record-sections";
import { fieldsOf } from "@/components/form/form-fields";
import { PostForm } from "@/components/form/post-form";

// The parties (one form each, plus one to add) and the publishing section of the partnership page.

export async function PartiesSection(ctx: SectionContext) {
  const t = await getTranslations("partnerships");
  const tk = t as unknown as (key: string) => string;
  const partyForm = (party: PartnershipDetail["parties"][number] | null) => {
    const form = party ? `party-${party.id}` : "party-new";
    const f = fieldsOf(form, ctx.flash, (code) => tk(`errors.${code}`));
    const heading = party
      ? t("record.fields.partyHeading", { side: t(`sides.${party.side}`), name: party.name })
      : t("record.fields.addParty");
    return (
      <div key={form} id={form} className="mt-6 border-l-4 border-slate-300 pl-4">
        <h3 className="mt-0">{heading}</h3>
        {ctx.ok === form && (
          <p role="status" className="border-l-4 border-green-800 bg-green-50 p-3">
            {t("record.saved")}
          </p>
        )}
        <PostForm action={`/api/staff/partnerships/${ctx.p.id}/parties`} hidden={{ version: ctx.p.version }}>
          {party && <input type="hidden" name="partyId" value={party.id} />}
          <fieldset disabled={!ctx.canManage} className="m-0 border-0 p-0">
            <legend className="sr-only">{heading}</legend>
            <SelectField
              compact
              {...f("side", party?.side ?? "PUBLIC")}
              label={t("record.fields.side")}
              options={PARTY_SIDES.map((s) => ({ value: s, label: t(`sides.${s}`) }))}
            />
            <TextField compact {...f("name", party?.name ?? "")} label={t("record.fields.name")} required />
            <TextField
              compact
              {...f("orgNumber", party?.orgNumber ?? "")}
              label={t("record.fields.orgNumber")}
              hint={t("record.fields.orgNumberHint")}
              narrow
            />
            <TextField
              compact
              {...f("department", party?.department ?? "")}
              label={t("record.fields.department")}
              hint={t("record.fields.departmentHint")}
            />
            <TextField
              compact
              {...f("contactName", party?.contactName ?? "")}
              label={t("record.fields.contactName")}
              hint={t("record.fields.contactNameHint")}
            />
            <TextField
              compact
              {...f("contactEmail", party?.contactEmail ?? "")}
              label={t("record.fields.contactEmail")}
              type="email"
            />
          </fieldset>
          {ctx.canManage && (
            <p className="mt-4 flex flex-wrap gap-4">
              <SecondaryButton type="submit">
                {party ? t("record.fields.saveParty") : t("record.fields.addParty")}
              </SecondaryButton>
              {party && (
                <SecondaryButton type="submit" name="op" value="remove">
                  {t("record.fields.removeParty", { name: party.name })}
                </SecondaryButton>
              )}
            </p>
          )}
        </PostForm>
      </div>
    );
  };
  return (
    <section aria-labelledby="parties-h" id="parties" className="mt-10 border-t border-slate-300 pt-4">
      <h2 id="parties-h">{t("record.sections.parties")}</h2>
      {ctx.p.parties.map((party) => partyForm(party))}
      {ctx.canManage && partyForm(null)}
    </section>
  );
}

export async function PublishingSection(ctx: SectionContext & { dateText: string | null }) {
  const { t, flash, okText, errorText } = await helpers(ctx, "publishing");
  const flags = readPublished(ctx.p.published);
  const chosen = flash ? (flash.values.parts ?? []) : PUBLISHED_PARTS.filter((k) => flags[k]);
  const error = errorText(flash?.errors.publish);
  return (
    <SectionForm
      id="publishing"
      section="publishing"
      heading={t("record.sections.publishing")}
      action={action(ctx)}
      version={ctx.p.version}
      canManage={ctx.canManage}
      saveLabel={t("record.fields.saveParts")}
      okText={okText}
      extraButtons={
        <>
          <SecondaryButton type="submit" name="op" value="publish" id="publishing-publish">
            {t("record.fields.publish")}
          </SecondaryButton>
          {ctx.p.publishedAt && (
            <SecondaryButton type="submit" name="op" value="unpublish">
              {t("record.fields.unpublish")}
            </SecondaryButton>
          )}
        </>
      }
    >
      <p data-testid="published-state">
        {ctx.dateText
          ? t("record.fields.publishedSince", { date: ctx.dateText })
          : t("record.fields.notPublished")}
      </p>
      {error && (
        <p id="publishing-publish-error" className="font-semibold text-red-800">
          {error}
        </p>
      )}
      <CheckboxGroup
        id="publishing-parts"
        name="parts"
        label={t("record.fields.parts")}
        hint={t("record.fields.partsHint")}
        options={PUBLISHED_PARTS.map((part) => ({
          value: part,
          label: t(`record.fields.part_${part}`),
          id: `publishing-${part}`,
        }))}
        chosen={chosen}
        spacing="mt-4"
      />
    </SectionForm>
  );
}
