import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PrimaryButton, SecondaryButton } from "@/components/form/buttons";
import { ErrorSummary, type SummaryError } from "@/components/form/error-summary";
import { EMAIL_KINDS, isEmailKind, validateEmailText, type EmailKind } from "@/lib/domain/email-kinds";
import { Link } from "@/lib/i18n/navigation";
import { routing, type Locale } from "@/lib/i18n/routing";
import { getStaffSession, requireStaff } from "@/lib/server/auth/session";
import { readEmailTextDraft } from "@/lib/server/mail/email-text-drafts";
import { previewEmail } from "@/lib/server/mail/email-preview";
import { customisedEmailTexts, resolveEmailText } from "@/lib/server/mail/email-texts";
import { getDb } from "@/lib/server/db/client";
import { asLocale, pagePath } from "@/lib/server/urls";
import { AdminNav, FieldError, FieldWrap, inputClass, OkMessage } from "../../admin-parts";
import { errorMessage } from "./errors";

type Props = PageProps<"/[locale]/staff/admin/email-texts/[kind]">;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const placeholder = (name: string) => `{${name}}`;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale, kind } = await params;
  const t = await getTranslations({ locale, namespace: "adminMail" });
  if (!isEmailKind(kind)) return { title: t("list.title"), robots: { index: false } };
  const title = t(`kinds.${kind}.name`);
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
  const admin = await getTranslations("staff.admin");
  const t = await getTranslations("adminMail");
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

  return (
    <>
      <ErrorSummary title={t("edit.errorSummaryTitle")} errors={summary} />
      <OkMessage text={ok ? t(`edit.ok.${ok}`) : undefined} />
      <AdminNav
        label={admin("nav")}
        current="emailTexts"
        users={admin("users.title")}
        settings={admin("settings.title")}
      />
      <p>
        <Link href="/staff/admin/email-texts">{t("edit.back")}</Link>
      </p>
      <h1>{t(`kinds.${kind}.name`)}</h1>
      <p className="text-lg">{t(`kinds.${kind}.when`)}</p>
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

      {routing.locales.map((l) => (
        <LanguageForm
          key={l}
          kind={kind}
          textLocale={l}
          pageLocale={locale}
          draft={l === draftLocale ? draft : null}
          errors={l === draftLocale ? draftErrors : {}}
          t={t}
        />
      ))}
    </>
  );
}

type T = Awaited<ReturnType<typeof getTranslations<"adminMail">>>;

async function LanguageForm({
  kind,
  textLocale,
  pageLocale,
  draft,
  errors,
  t,
}: {
  kind: EmailKind;
  textLocale: Locale;
  pageLocale: Locale;
  draft: { subject: string; body: string; intent: "preview" | "save" } | null;
  errors: ReturnType<typeof validateEmailText>;
  t: T;
}) {
  const format = await getFormatter();
  const current = await resolveEmailText(await getDb(), kind, textLocale);
  const savedAt = (await customisedEmailTexts()).get(`${kind}:${textLocale}`);
  const text = draft ?? current;
  const language = t(`edit.languages.${textLocale}`);
  const hasErrors = Boolean(errors.subject || errors.body);
  const preview = draft && !hasErrors ? await previewEmail(kind, textLocale, draft) : null;
  const subjectError = errors.subject ? errorMessage(t, "subject", errors.subject) : undefined;
  const bodyError = errors.body ? errorMessage(t, "body", errors.body) : undefined;

  return (
    <section aria-labelledby={`title-${textLocale}`} className="mt-10 border-t-2 border-slate-300 pt-6">
      <h2 id={`title-${textLocale}`}>{t("edit.languageTitle", { language })}</h2>
      <p id={textLocale}>
        {current.custom && savedAt
          ? t("edit.status.custom", {
              date: format.dateTime(savedAt, { dateStyle: "long", timeStyle: "short" }),
            })
          : t("edit.status.default")}
      </p>
      <form method="post" action={`/api/staff/admin/email-texts/${kind}`} noValidate>
        <input type="hidden" name="locale" value={pageLocale} />
        <input type="hidden" name="textLocale" value={textLocale} />
        <FieldWrap error={subjectError}>
          <label htmlFor={`subject-${textLocale}`} className="block text-lg font-semibold">
            {t("edit.subject")}
          </label>
          <FieldError id={`subject-${textLocale}-error`} label={t("edit.subject")} message={subjectError} />
          <input
            id={`subject-${textLocale}`}
            name="subject"
            type="text"
            lang={textLocale}
            autoComplete="off"
            defaultValue={text.subject}
            aria-invalid={subjectError ? true : undefined}
            aria-describedby={
              subjectError ? `subject-${textLocale}-error placeholders-hint` : "placeholders-hint"
            }
            className={`${inputClass} max-w-3xl`}
          />
        </FieldWrap>
        <FieldWrap error={bodyError}>
          <label htmlFor={`body-${textLocale}`} className="block text-lg font-semibold">
            {t("edit.body")}
          </label>
          <FieldError id={`body-${textLocale}-error`} label={t("edit.body")} message={bodyError} />
          <textarea
            id={`body-${textLocale}`}
            name="body"
            lang={textLocale}
            rows={16}
            defaultValue={text.body}
            aria-invalid={bodyError ? true : undefined}
            aria-describedby={bodyError ? `body-${textLocale}-error placeholders-hint` : "placeholders-hint"}
            className={`${inputClass} max-w-3xl font-mono text-sm`}
          />
        </FieldWrap>
        <div className="mt-6 flex flex-wrap gap-4">
          <SecondaryButton type="submit" name="intent" value="preview">
            {t("edit.preview")}
          </SecondaryButton>
          <PrimaryButton type="submit" name="intent" value="save">
            {t("edit.save")}
          </PrimaryButton>
        </div>
      </form>

      {preview ? (
        <section
          id={`forhandsgranskning-${textLocale}`}
          aria-labelledby={`preview-title-${textLocale}`}
          tabIndex={-1}
          className="mt-8 border-l-4 border-slate-700 bg-slate-50 p-4"
        >
          <h3 id={`preview-title-${textLocale}`} className="mt-0">
            {t("edit.previewTitle", { language })}
          </h3>
          <p>{t("edit.previewHint")}</p>
          <div lang={textLocale} className="mt-4 border border-slate-400 bg-white p-4">
            <p className="mt-0 font-semibold">
              {t("edit.previewSubject")} {preview.subject}
            </p>
            <pre className="mt-4 font-sans whitespace-pre-wrap">{preview.text}</pre>
          </div>
        </section>
      ) : null}

      {current.custom ? (
        <form method="post" action={`/api/staff/admin/email-texts/${kind}`} className="mt-6">
          <input type="hidden" name="locale" value={pageLocale} />
          <input type="hidden" name="textLocale" value={textLocale} />
          <p id={`reset-hint-${textLocale}`}>{t("edit.resetHint", { language })}</p>
          <SecondaryButton
            type="submit"
            name="intent"
            value="reset"
            aria-describedby={`reset-hint-${textLocale}`}
          >
            {t("edit.reset")}
          </SecondaryButton>
        </form>
      ) : null}
    </section>
  );
}
