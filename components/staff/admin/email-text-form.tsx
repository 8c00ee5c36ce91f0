import { getFormatter, type getTranslations } from "next-intl/server";
import { TextField } from "@/components/form/field-kit";
import { SecondaryButton, SubmitChoices } from "@/components/form/buttons";
import type { EmailKind, validateEmailText } from "@/lib/domain/email-kinds";
import type { Locale } from "@/lib/i18n/routing";
import { errorMessage } from "./email-text-errors";

type T = Awaited<ReturnType<typeof getTranslations<"adminMail">>>;

/** One language of a mail's text: its status, the form with preview and save, the preview, and the reset. */
export async function LanguageForm({
  kind,
  textLocale,
  pageLocale,
  draft,
  errors,
  current,
  savedAt,
  preview,
  t,
}: {
  kind: EmailKind;
  textLocale: Locale;
  pageLocale: Locale;
  draft: { subject: string; body: string; intent: "preview" | "save" } | null;
  errors: ReturnType<typeof validateEmailText>;
  /** The text in force, and whether an administrator replaced the default. */
  current: { subject: string; body: string; custom: boolean };
  savedAt: Date | undefined;
  preview: { subject: string; text: string } | null;
  t: T;
}) {
  const format = await getFormatter();
  const text = draft ?? current;
  const language = t(`edit.languages.${textLocale}`);
  // What the subject and the body share: each in the mail's language, described by the placeholders.
  const field = (name: "subject" | "body") => ({
    id: `${name}-${textLocale}`,
    name,
    label: t(`edit.${name}`),
    error: errors[name] ? errorMessage(t, name, errors[name]) : undefined,
    value: text[name],
    lang: textLocale,
    alsoDescribedBy: "placeholders-hint",
    width: "widest" as const,
  });

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
        <TextField {...field("subject")} autoComplete="off" />
        <TextField {...field("body")} rows={16} controlClass="font-mono text-sm" />
        <SubmitChoices
          name="intent"
          choices={[
            { value: "preview", label: t("edit.preview") },
            { value: "save", label: t("edit.save"), primary: true },
          ]}
        />
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
