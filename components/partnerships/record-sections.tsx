import { getTranslations } from "next-intl/server";
import { readFollowUpPlan } from "@/lib/domain/follow-up-plan";
import { PARTNERSHIP_STATUSES, readGoals, readSteeringGroup } from "@/lib/domain/partnership";
import { THEMES } from "@/lib/domain/themes";
import type { Flash } from "@/lib/server/staff/flash";
import type { PartnershipDetail } from "@/lib/server/partnerships/queries";
import { SelectField, TextField } from "@/components/form/field-kit";
import { SectionForm } from "./section-form";

// The sections of the partnership page, each its own form. After a failed post, the section named in
// the flash shows what was typed and the errors; the others show what is saved. A field the flash
// holds no value for shows what is saved, never "": a second Save must not blank the record.

export interface SectionContext {
  p: PartnershipDetail;
  locale: string;
  canManage: boolean;
  flash: Flash | null;
  ok?: string;
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

export async function helpers(ctx: SectionContext, form: string) {
  const t = await getTranslations("partnerships");
  const flash = ctx.flash?.form === form ? ctx.flash : null;
  const tk = t as unknown as (key: string) => string;
  const okText = ctx.ok === form ? t("record.saved") : undefined;
  return {
    t,
    flash,
    okText,
    field: (name: string, saved: string, index = 0) => ({
      id: `${form}-${name}`,
      name,
      value: flash?.values[name]?.[index] ?? saved,
      error: flash?.errors[name] ? tk(`errors.${flash.errors[name]}`) : undefined,
    }),
    errorText: (key: string | undefined) => (key ? tk(`errors.${key}`) : undefined),
    /** What every section form of the record page shares: its anchor, heading, route and version. */
    form: {
      id: form,
      section: form,
      heading: tk(`record.sections.${form}`),
      action: action(ctx),
      version: ctx.p.version,
      canManage: ctx.canManage,
      saveLabel: t("record.save"),
      okText,
    },
  };
}

export const action = (ctx: SectionContext) => `/api/staff/partnerships/${ctx.p.id}/section`;

export async function ContentSection(ctx: SectionContext) {
  const { t, field, flash, form } = await helpers(ctx, "content");
  const p = ctx.p;
  // Unticked boxes post nothing: the typed choice counts only when the typed values came back at all.
  const typed = flash && Object.keys(flash.values).length > 0;
  const chosen = new Set(typed ? (flash.values.themes ?? []) : p.themes);
  const rt = await getTranslations("register");
  return (
    <SectionForm {...form}>
      <TextField compact {...field("title", p.title)} label={t("record.fields.title")} required />
      <TextField compact {...field("purpose", p.purpose)} label={t("record.fields.purpose")} rows={5} />
      <TextField
        compact
        {...field("targetGroup", p.targetGroup)}
        label={t("record.fields.targetGroup")}
        rows={4}
      />
      <TextField compact {...field("values", p.values)} label={t("record.fields.values")} rows={4} />
      <TextField compact {...field("efforts", p.efforts)} label={t("record.fields.efforts")} rows={5} />
      <TextField
        compact
        {...field("overallGoal", p.overallGoal)}
        label={t("record.fields.overallGoal")}
        rows={3}
      />
      <fieldset className="mt-5">
        <legend className="font-semibold">{t("record.fields.themes")}</legend>
        {THEMES.map((theme) => (
          <div key={theme} className="mt-2 flex items-center gap-3">
            <input
              type="checkbox"
              id={`content-themes-${theme}`}
              name="themes"
              value={theme}
              defaultChecked={chosen.has(theme)}
              className="h-6 w-6"
            />
            <label htmlFor={`content-themes-${theme}`}>{rt(`themes.${theme}`)}</label>
          </div>
        ))}
      </fieldset>
    </SectionForm>
  );
}

export async function GoalsSection(ctx: SectionContext) {
  const { t, flash, errorText, form } = await helpers(ctx, "goals");
  const saved = readGoals(ctx.p.goals);
  const typed = flash?.values.goalText?.length ? flash.values : null;
  const rows = typed
    ? (typed.goalText ?? []).map((_, i) => ({
        id: typed.goalId?.[i] ?? "",
        text: typed.goalText?.[i] ?? "",
        indicator: typed.goalIndicator?.[i] ?? "",
        target: typed.goalTarget?.[i] ?? "",
        result: typed.goalResult?.[i] ?? "",
      }))
    : [...saved, { id: "", text: "", indicator: "", target: "", result: "" }];
  const cols = [
    ["text", "goalText"],
    ["indicator", "goalIndicator"],
    ["target", "goalTarget"],
    ["result", "goalResult"],
  ] as const;
  return (
    <SectionForm {...form}>
      <p className="text-slate-700">{t("record.fields.goalsHint")}</p>
      {rows.map((g, i) => (
        <fieldset key={i} className="mt-4 border-l-4 border-slate-300 pl-4">
          <legend className="font-semibold">
            {i < saved.length || typed ? t("record.fields.goalN", { n: i + 1 }) : t("record.fields.newGoal")}
          </legend>
          {/* which goal this row is, so follow-up values recorded for it stay with it */}
          <input type="hidden" name="goalId" value={g.id} />
          {cols.map(([key, name]) => (
            <TextField
              compact
              key={name}
              id={`goals-goal-${i}-${key}`}
              name={name}
              label={t(`record.fields.${name}`)}
              value={g[key]}
              error={errorText(flash?.errors[`goal-${i}-${key}`])}
              rows={key === "text" ? 2 : undefined}
            />
          ))}
        </fieldset>
      ))}
    </SectionForm>
  );
}

export async function PeriodSection(ctx: SectionContext) {
  const { t, field, form } = await helpers(ctx, "period");
  const p = ctx.p;
  return (
    <SectionForm {...form}>
      {(["startDate", "endDate", "extensionDecisionDate"] as const).map((name) => (
        <TextField
          compact
          key={name}
          {...field(name, day(p[name]))}
          type="date"
          label={t(`record.fields.${name}`)}
          hint={t("record.fields.dateHint")}
        />
      ))}
    </SectionForm>
  );
}

export async function SteeringSection(ctx: SectionContext) {
  const { t, field, form } = await helpers(ctx, "steering");
  const s = readSteeringGroup(ctx.p.steeringGroup);
  return (
    <SectionForm {...form}>
      {ctx.p.parties.map((party) => (
        <TextField
          compact
          key={party.id}
          {...field(`members.${party.id}`, s.members[party.id] ?? "")}
          label={t("record.fields.membersOf", { party: party.name })}
          rows={2}
        />
      ))}
      <TextField
        compact
        {...field("decisionRule", s.decisionRule)}
        label={t("record.fields.decisionRule")}
        rows={2}
      />
      <TextField
        compact
        {...field("meetingCadence", s.meetingCadence)}
        label={t("record.fields.meetingCadence")}
      />
    </SectionForm>
  );
}

export async function FollowUpSection(ctx: SectionContext) {
  const { t, field, form } = await helpers(ctx, "followUp");
  const plan = readFollowUpPlan(ctx.p.followUpPlan);
  return (
    <SectionForm {...form}>
      <TextField
        compact
        {...field("talkEveryMonths", plan.talkEveryMonths?.toString() ?? "")}
        label={t("record.fields.talkLabel")}
        hint={t("record.fields.monthsHint")}
        narrow
      />
      <TextField
        compact
        {...field("reportEveryMonths", plan.reportEveryMonths?.toString() ?? "")}
        label={t("record.fields.reportLabel")}
        hint={t("record.fields.monthsHint")}
        narrow
      />
      <TextField
        compact
        {...field("description", plan.description)}
        label={t("record.fields.followUpDescription")}
        rows={3}
      />
    </SectionForm>
  );
}

export async function TermsSection(ctx: SectionContext) {
  const { t, field, form } = await helpers(ctx, "terms");
  return (
    <SectionForm {...form}>
      <TextField
        compact
        {...field("renegotiationTerms", ctx.p.renegotiationTerms ?? "")}
        label={t("record.fields.renegotiationTerms")}
        rows={4}
      />
      <TextField
        compact
        {...field("repaymentTerms", ctx.p.repaymentTerms ?? "")}
        label={t("record.fields.repaymentTerms")}
        rows={4}
      />
    </SectionForm>
  );
}

export async function StatusSection(ctx: SectionContext) {
  const { t, field, form } = await helpers(ctx, "status");
  return (
    <SectionForm {...form}>
      <SelectField
        compact
        {...field("status", ctx.p.status)}
        label={t("record.fields.status")}
        hint={t("record.fields.statusHint")}
        options={PARTNERSHIP_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
      />
    </SectionForm>
  );
}
