import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ErrorSummary, type SummaryError } from "@/components/form/error-summary";
import { errorMessage } from "@/components/staff/admin/email-text-errors";
import { LanguageForm } from "@/components/staff/admin/email-text-form";
import { EMAIL_KINDS, isEmailKind, validateEmailText } from "@/lib/domain/email-kinds";
import { Link } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";
import { getStaffSession, requireStaff } from "@/lib/server/auth/session";
import { readEmailTextDraft } from "@/lib/server/mail/email-text-drafts";
import { emailTextForm } from "@/lib/server/mail/email-text-form";
import { asLocale, pagePath } from "@/lib/server/urls";
import { OkMessage } from "@/components/form/ok-message";
import { AdminNav } from "@/components/staff/admin/admin-nav";
import { first } from "@/lib/server/staff/page";

type Props = PageProps<"/[locale]/staff/admin/email-texts/[kind]">;

const placeholder = (name: string) => `{${name}}`;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale, kind } = await params;
  const t = await getTranslations({ locale, namespace: "adminMail" });
  if (!isEmailKind(kind)) return { title: t("list.title"), robots: { index: false } };
  const title = (await getTranslations({ locale, namespace: "email" }))(`kinds.${kind}.name`);
  const asked = first((await searchParams).utkast);
  const draftLocale = routing.locales.find((l) => l === asked);
  const session = draftLocale ? await getStaffSession() : null;
  const draft = session && draftLocale ? await readEmailTextDraft(kind, draftLocale, session.user.id) : null;
  const errors = draft ? validateEmailText(kind, draft) : {};
  return {
    title: errors.subject || errors.body ? t("edit.errorTitlePrefix", { title }) : title,
    robots: { index: false },
  };
}

export default async function EmailTextPage({ params, searchParams }: Props) {
  const { locale: raw, kind } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  if (!isEmailKind(kind)) notFound();
  const { user } = await requireStaff(
    "administer",
    pagePath(locale, { pathname: "/staff/admin/email-texts/[kind]", params: { kind } }),
  );
  const t = await getTranslations("adminMail");
  const kindText = await getTranslations("email.kinds");
  const sp = await searchParams;
  const draftLocale = routing.locales.find((l) => l === first(sp.utkast));
  const ok =
    first(sp.ok) === "saved" || first(sp.ok) === "reset" ? (first(sp.ok) as "saved" | "reset") : null;
  const draft = draftLocale ? await readEmailTextDraft(kind, draftLocale, user.id) : null;
  const draftErrors = draft && draftLocale ? validateEmailText(kind, draft) : {};
  const summary: SummaryError[] = [];
  if (draftLocale) {
    for (const field of ["subject", "body"] as const) {
      const error = draftErrors[field];
      if (error) summary.push({ fieldId: `${field}-${draftLocale}`, message: errorMessage(t, field, error) });
    }
  }
  const rule = EMAIL_KINDS[kind];
  const required: readonly string[] = rule.required;
  // One language after the other: the embedded database runs one query at a time.
  const languages = [];
  for (const l of routing.locales) {
    const own = l === draftLocale;
    const errors = own ? draftErrors : {};
    const draftHere = own ? draft : null;
    const shown = await emailTextForm(kind, l, draftHere, Boolean(errors.subject || errors.body));
    languages.push({ textLocale: l, draft: draftHere, errors, ...shown });
  }

  return (
    <>
      <ErrorSummary title={t("edit.errorSummaryTitle")} errors={summary} />
      <OkMessage text={ok ? t(`edit.ok.${ok}`) : undefined} />
      <AdminNav current="emailTexts" />
      <p>
        <Link href="/staff/admin/email-texts">{t("edit.back")}</Link>
      </p>
      <h1>{kindText(`${kind}.name`)}</h1>
      <p className="text-lg">{kindText(`${kind}.when`)}</p>
      <p>{t("edit.lead")}</p>

      <h2>{t("edit.placeholdersTitle")}</h2>
      <p id="placeholders-hint">{t("edit.placeholdersHint")}</p>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        {rule.placeholders.map((name) => (
          <div key={name} className="contents">
            <dt>
              <code className="font-mono font-semibold">{placeholder(name)}</code>
            </dt>
            <dd className="m-0">
              {t(`placeholders.${name}`)}
              {required.includes(name) ? <strong> ({t("edit.required")})</strong> : null}
            </dd>
          </div>
        ))}
      </dl>

      {languages.map((l) => (
        <LanguageForm key={l.textLocale} kind={kind} pageLocale={locale} t={t} {...l} />
      ))}
    </>
  );
}
