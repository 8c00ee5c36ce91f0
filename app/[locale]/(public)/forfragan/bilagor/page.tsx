import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SecondaryButton } from "@/components/form/buttons";
import { ErrorSummary } from "@/components/form/error-summary";
import { MAX_FILES_PER_REQUEST } from "@/lib/domain/file-type";
import { BackLink } from "@/components/back-link";
import type { Locale } from "@/lib/i18n/routing";
import { getDb } from "@/lib/server/db/client";
import { listAttachments } from "@/lib/server/files/attachments";
import { requireDraft } from "@/lib/server/intake/draft-page";
import { FileField } from "@/components/form/field-kit";
import { PostForm } from "@/components/form/post-form";

type Props = PageProps<"/[locale]/forfragan/bilagor">;
const ERRORS = ["empty", "tooLarge", "badType", "tooMany"] as const;

async function errorCode(props: Props) {
  const fel = (await props.searchParams).fel;
  return ERRORS.find((e) => e === fel);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await props.params).locale, namespace: "intake" });
  const title = t("attachments.title");
  return { title: (await errorCode(props)) ? t("errorTitlePrefix", { title }) : title };
}

export default async function AttachmentsPage(props: Props) {
  const locale = (await props.params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations("intake");
  const draft = await requireDraft(locale);
  const files = (await listAttachments(await getDb(), draft.id)).filter((f) => !f.messageId);
  const error = await errorCode(props);
  const ok = (await props.searchParams).ok;
  const kb = (n: number) =>
    new Intl.NumberFormat(locale === "sv" ? "sv-SE" : "en-GB").format(Math.ceil(n / 1024));
  return (
    <>
      <BackLink href="/forfragan/oversikt">{t("backToOverview")}</BackLink>
      <ErrorSummary
        title={t("errorSummaryTitle")}
        errors={
          error
            ? [{ fieldId: "file", message: t(`attachments.errors.${error}`, { max: MAX_FILES_PER_REQUEST }) }]
            : []
        }
      />
      <h1>{t("attachments.title")}</h1>
      <p className="text-lg">{t("attachments.lead", { max: MAX_FILES_PER_REQUEST })}</p>
      {(ok === "uploaded" || ok === "removed") && (
        <p role="status" className="border-l-4 border-green-800 bg-green-50 p-3">
          {t(`attachments.${ok}`)}
        </p>
      )}
      <h2>{t("attachments.listLabel")}</h2>
      {files.length === 0 ? (
        <p>{t("attachments.none")}</p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-300 border-y border-slate-300">
          {files.map((f) => (
            <li key={f.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
              <span>
                <a href={`/api/intake/files/${f.id}`}>{f.filename}</a>{" "}
                <span className="text-slate-700">({kb(f.size)} kB)</span>
              </span>
              <PostForm action={`/api/intake/attachments/${f.id}/delete`}>
                <SecondaryButton
                  type="submit"
                  aria-label={t("attachments.removeNamed", { name: f.filename })}
                >
                  {t("attachments.remove")}
                </SecondaryButton>
              </PostForm>
            </li>
          ))}
        </ul>
      )}
      <PostForm
        action="/api/intake/attachments"
        encType="multipart/form-data"
        className="mt-8"
        submit={t("attachments.upload")}
        submitSpacing="mt-4"
      >
        <FileField
          id="file"
          label={t("attachments.fileLabel")}
          error={error ? t(`attachments.errors.${error}`, { max: MAX_FILES_PER_REQUEST }) : undefined}
          accept=".pdf,.docx,.xlsx,.odt,.ods,.jpg,.jpeg,.png"
          spacing=""
        />
      </PostForm>
    </>
  );
}
