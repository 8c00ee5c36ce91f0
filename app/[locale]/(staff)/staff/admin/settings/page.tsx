import { getTranslations } from "next-intl/server";
import { ErrorSummary } from "@/components/form/error-summary";
import { OPTIONAL_STEPS, STEPS } from "@/lib/domain/steps";
import { oidcSettings } from "@/lib/server/auth/config";
import { getSignInPolicy } from "@/lib/server/auth/sign-in-policy";
import { getDb } from "@/lib/server/db/client";
import { env } from "@/lib/server/env";
import { getSettings } from "@/lib/server/settings";
import { readFlash } from "@/lib/server/staff/flash";
import { ADMIN_FORM_TITLE, first, openStaffPage, staffMetadata } from "@/lib/server/staff/page";
import { getWorkflowSettings } from "@/lib/server/workflow-settings";
import { CheckboxGroup, TextField } from "@/components/form/field-kit";
import { OkMessage } from "@/components/form/ok-message";
import { AdminNav } from "@/components/staff/admin/admin-nav";
import { municipalityErrors, MunicipalityForm } from "./municipality-form";
import { signInErrors, SignInForm } from "./sign-in-form";
import { moneyErrors, MoneySettingsForm } from "./money-form";
import { SecurityForm } from "./security-form";
import { PostForm } from "@/components/form/post-form";

type Props = PageProps<"/[locale]/staff/admin/settings">;

export const generateMetadata = staffMetadata("staff.admin.settings.title", ADMIN_FORM_TITLE);

export default async function AdminSettingsPage({ params, searchParams }: Props) {
  const { t } = await openStaffPage(params, "administer", "/staff/admin/settings", "staff.admin");
  const signInOk = (await getTranslations("oidc.settings"))("ok");
  const steps = await getTranslations("steps");
  const security = await getTranslations("secondFactor.admin");
  const sp = await searchParams;
  const flash = await readFlash(first(sp.fel) === "settings" ? "settings" : undefined);
  const municipalityFlash = await readFlash(first(sp.fel) === "municipality" ? "municipality" : undefined);
  const signInFlash = await readFlash(first(sp.fel) === "sign-in" ? "sign-in" : undefined);
  const moneyFlash = await readFlash(first(sp.fel) === "money" ? "money" : undefined);
  const oidc = oidcSettings();
  const signInPolicy = oidc ? await getSignInPolicy(await getDb()) : null;
  const municipality = await getSettings();
  const saved = await getWorkflowSettings();
  const errors = flash?.errors ?? {};
  const err = (code: string | undefined) => (code ? t(`errors.${code}` as "errors.daysInvalid") : undefined);
  const optional = flash
    ? (flash.values.optionalSteps ?? [])
    : OPTIONAL_STEPS.filter((s) => saved.optionalSteps[s]);
  const days = (s: (typeof STEPS)[number]) =>
    flash ? (flash.values[`days-${s}`]?.[0] ?? "") : String(saved.daysPerStep[s]);

  return (
    <>
      <ErrorSummary
        title={t("errorSummaryTitle")}
        errors={STEPS.filter((s) => errors[`days-${s}`])
          .map((s) => ({
            fieldId: `days-${s}`,
            message: `${steps(`${s}.name`)}: ${err(errors[`days-${s}`])}`,
          }))
          .concat(await municipalityErrors(municipalityFlash))
          .concat(oidc ? await signInErrors(signInFlash, oidc.name) : [])
          .concat(await moneyErrors(moneyFlash))}
      />
      <OkMessage text={first(sp.ok) === "saved" ? t("settings.ok") : undefined} />
      <OkMessage text={first(sp.ok) === "municipality" ? t("municipality.ok") : undefined} />
      <OkMessage text={first(sp.ok) === "sign-in" ? signInOk : undefined} />
      <OkMessage text={first(sp.ok) === "security" ? security("saved") : undefined} />
      <OkMessage
        text={first(sp.ok) === "money" ? (await getTranslations("money.settings"))("ok") : undefined}
      />
      <AdminNav current="settings" />
      <h1>{t("settings.title")}</h1>
      <p className="text-lg">{t("settings.lead")}</p>
      <p>
        <a href="#kommunen">{t("municipality.link")}</a>
      </p>
      {oidc && (
        <p>
          <a href="#inloggning">{(await getTranslations("oidc.settings"))("title")}</a>
        </p>
      )}
      <PostForm action="/api/staff/admin/settings" submit={t("settings.save")} submitSpacing="mt-8">
        <CheckboxGroup
          id="optional"
          name="optionalSteps"
          label={t("settings.optionalSteps")}
          hint={t("settings.optionalHint")}
          options={OPTIONAL_STEPS.map((s) => ({ value: s, label: steps(`${s}.name`) }))}
          chosen={optional}
          firstBoxOwnId
        />
        <fieldset className="mt-8" aria-describedby="days-hint">
          <legend className="text-lg font-semibold">{t("settings.daysTitle")}</legend>
          <p id="days-hint" className="mt-1 text-slate-700">
            {t("settings.daysHint")}
          </p>
          {STEPS.map((s) => (
            <TextField
              key={s}
              id={`days-${s}`}
              label={steps(`${s}.name`)}
              error={err(errors[`days-${s}`])}
              value={days(s)}
              inputMode="numeric"
              autoComplete="off"
              width="tiny"
              compact
              spacing="mt-4"
            />
          ))}
        </fieldset>
      </PostForm>
      <MunicipalityForm saved={municipality} flash={municipalityFlash} />
      {oidc && signInPolicy && (
        <SignInForm
          provider={oidc.name}
          roleClaim={env().OIDC_ROLE_CLAIM}
          saved={signInPolicy}
          flash={signInFlash}
        />
      )}
      <SecurityForm />
      <MoneySettingsForm flash={moneyFlash} />
    </>
  );
}
