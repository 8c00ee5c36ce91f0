import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PrimaryButton } from "@/components/form/buttons";
import { ErrorSummary } from "@/components/form/error-summary";
import { TextField } from "@/components/form/field-kit";
import { formFields } from "@/components/form/form-fields";
import { BackLink } from "@/components/back-link";
import { requireStaff } from "@/lib/server/auth/session";
import { getSettings } from "@/lib/server/settings";
import { readFlash } from "@/lib/server/staff/flash";

type Props = PageProps<"/[locale]/staff/partnerships/new">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "partnerships.new" });
  return { title: t("title"), robots: { index: false } };
}

// A partnership entered directly, for an agreement that exists already. The rest is filled in on
// the partnership's own page.
export default async function NewPartnershipPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireStaff("managePartnerships", `${locale === "en" ? "/en" : ""}/staff/partnerships/new`);
  const t = await getTranslations("partnerships");
  const tk = t as unknown as (key: string) => string;
  const sp = await searchParams;
  const flash = await readFlash(typeof sp.form === "string" ? sp.form : undefined);
  const { municipalityName } = await getSettings();
  const f = formFields(flash, (code) => tk(`errors.${code}`), "new-");
  const summary = flash
    ? Object.entries(flash.errors).map(([k, code]) => ({
        fieldId: `new-${k}`,
        // The summary names the field, so each line makes sense on its own.
        message: `${t.has(`new.${k === "title" ? "titleLabel" : k}` as never) ? `${tk(`new.${k === "title" ? "titleLabel" : k}`)}: ` : ""}${tk(`errors.${code}`)}`,
      }))
    : [];
  return (
    <>
      <BackLink href="/staff/partnerships">{t("record.back")}</BackLink>
      <ErrorSummary title={t("record.errorTitle")} errors={summary} />
      <h1>{t("new.title")}</h1>
      <p>{t("new.lead")}</p>
      <form method="post" action="/api/staff/partnerships" noValidate>
        <input type="hidden" name="locale" value={locale} />
        <TextField compact {...f("title")} label={t("new.titleLabel")} required />
        <TextField compact {...f("civilName")} label={t("new.civilName")} required />
        <TextField
          compact
          {...f("civilOrgNumber")}
          label={t("new.civilOrgNumber")}
          hint={t("new.orgNumberHint")}
          narrow
        />
        <TextField compact {...f("publicName", municipalityName)} label={t("new.publicName")} required />
        <TextField compact {...f("publicDepartment")} label={t("new.publicDepartment")} />
        {(["startDate", "endDate"] as const).map((name) => (
          <TextField
            key={name}
            compact
            {...f(name)}
            type="date"
            label={t(`record.fields.${name}`)}
            hint={t("record.fields.dateHint")}
          />
        ))}
        <PrimaryButton type="submit" className="mt-8">
          {t("new.create")}
        </PrimaryButton>
      </form>
    </>
  );
}
