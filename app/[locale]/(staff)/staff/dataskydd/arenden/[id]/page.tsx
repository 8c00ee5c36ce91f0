import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { DescriptionList } from "@/components/description-list";
import { PrimaryButton } from "@/components/form/buttons";
import { ErrorSummary } from "@/components/form/error-summary";
import { Link } from "@/lib/i18n/navigation";
import { requireStaff } from "@/lib/server/auth/session";
import { privacyCase } from "@/lib/server/privacy/privacy-case";
import { readFlash } from "@/lib/server/staff/flash";
import { asLocale, pagePath } from "@/lib/server/urls";
import { TextField } from "@/components/form/field-kit";
import { PostForm } from "@/components/form/post-form";
import { OkMessage } from "@/components/form/ok-message";
import { first } from "@/lib/server/staff/page";

// One case for the data protection officer: correct the contact's details, or erase the case's
// personal data after typing its registration number (refused, with the reason, where the archive
// duty or a legal hold applies).
type Props = PageProps<"/[locale]/staff/dataskydd/arenden/[id]">;

const OK = ["rectified", "unchanged", "erased"] as const;
const CONTACT_FIELDS = ["name", "email", "phone"] as const;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "dataProtection" });
  const title = t("case.rectifyTitle");
  return {
    title: first((await searchParams).fel) ? `${t("errors.summaryTitle")}: ${title}` : title,
    robots: { index: false },
  };
}

export default async function DataProtectionCasePage({ params, searchParams }: Props) {
  const { locale: raw, id } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  const page = pagePath(locale, { pathname: "/staff/dataskydd/arenden/[id]", params: { id } });
  const session = await requireStaff("handlePersonalData", page);
  const c = await privacyCase(session, id);
  if (!c) notFound();
  const t = await getTranslations("dataProtection");
  const format = await getFormatter();
  const sp = await searchParams;
  const fel = first(sp.fel);
  const flash = await readFlash(fel === "rectify" || fel === "erase" ? fel : undefined);
  const ok = OK.find((k) => k === first(sp.ok));
  const err = (field: string) => {
    const code = flash?.errors[field];
    return code ? t(`errors.${code}` as "errors.email") : undefined;
  };
  const summary = Object.keys(flash?.errors ?? {}).map((f) => ({ fieldId: f, message: err(f)! }));
  const value = (field: (typeof CONTACT_FIELDS)[number]) =>
    flash?.form === "rectify" ? (flash.values[field]?.[0] ?? "") : (c.contact?.[field] ?? "");
  const number = c.registrationNumber;

  return (
    <>
      <ErrorSummary title={t("errors.summaryTitle")} errors={summary} />
      <OkMessage text={ok ? t(`case.ok.${ok}`) : undefined} />
      <p>
        <Link href="/staff/dataskydd">{t("case.back")}</Link>
      </p>
      <h1>{number ? t("case.title", { number }) : t("case.titleNoNumber")}</h1>
      <h2 className="sr-only">{t("case.facts")}</h2>
      <DescriptionList
        sideBySide
        items={[
          { term: t("case.status"), value: t(`statuses.${c.status as "OPEN"}`) },
          {
            term: t("case.received"),
            value: c.receivedAt ? format.dateTime(c.receivedAt, { dateStyle: "medium" }) : t("result.none"),
          },
        ]}
      />
      {c.erased && (
        <p className="mt-6 border-l-4 border-slate-700 bg-slate-100 p-4">{t("case.erasedNotice")}</p>
      )}

      {!c.erased && (
        <section aria-labelledby="rectify-title" className="mt-10">
          <h2 id="rectify-title">{t("case.rectifyTitle")}</h2>
          {c.contact ? (
            <PostForm
              action={`/api/staff/data-protection/cases/${c.id}/rectify`}
              submit={t("case.rectifySubmit")}
            >
              <p>{t("case.rectifyLead")}</p>
              {CONTACT_FIELDS.map((f) => (
                <TextField
                  key={f}
                  id={f}
                  type={f === "email" ? "email" : f === "phone" ? "tel" : "text"}
                  label={t(`case.${f}`)}
                  error={err(f)}
                  value={value(f)}
                  autoComplete="off"
                  width="medium"
                  compact
                />
              ))}
            </PostForm>
          ) : (
            <p>{t("case.noContact")}</p>
          )}
        </section>
      )}

      {!c.erased && (
        <section aria-labelledby="erase-title" className="mt-10">
          <h2 id="erase-title">{t("case.eraseTitle")}</h2>
          {c.refusal || !number ? (
            <p className="border-l-4 border-slate-700 bg-slate-100 p-4">
              {t(`case.refusals.${c.refusal ?? "noNumber"}`)}
            </p>
          ) : (
            <PostForm action={`/api/staff/data-protection/cases/${c.id}/erase`}>
              <p>{t("case.eraseLead")}</p>
              <TextField
                id="confirmation"
                label={t("case.confirm", { number })}
                error={err("confirmation")}
                autoComplete="off"
                width="medium"
                compact
              />
              <PrimaryButton type="submit" className="mt-6 bg-red-800 hover:bg-red-900">
                {t("case.eraseSubmit")}
              </PrimaryButton>
            </PostForm>
          )}
        </section>
      )}
    </>
  );
}
