import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ErrorSummary } from "@/components/form/error-summary";
import type { Answers } from "@/lib/domain/intake/schema";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { requireDraft } from "@/lib/server/intake/draft-page";
import { TextField } from "@/components/form/field-kit";
import { PostForm } from "@/components/form/post-form";

type Props = PageProps<"/[locale]/forfragan/spara">;

export async function generateMetadata(props: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await props.params).locale, namespace: "intake" });
  const sp = await props.searchParams;
  const title = sp.skickad ? t("linkSentTitle") : t("saveForLaterTitle");
  return { title: sp.fel ? t("errorTitlePrefix", { title }) : title };
}

export default async function SaveForLaterPage(props: Props) {
  const locale = (await props.params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations("intake");
  const draft = await requireDraft(locale);
  const sp = await props.searchParams;
  const back = (
    <p className="mt-8">
      <Link href="/forfragan/oversikt">{t("backToOverview")}</Link>
    </p>
  );
  if (sp.skickad) {
    return (
      <>
        <h1>{t("linkSentTitle")}</h1>
        <p className="text-lg">{t("linkSentText")}</p>
        {back}
      </>
    );
  }
  const error = sp.fel === "email" ? t("errors.email") : undefined;
  const known = (draft.answers as Answers).contact?.email;
  return (
    <>
      <ErrorSummary
        title={t("errorSummaryTitle")}
        errors={error ? [{ fieldId: "email", message: error }] : []}
      />
      <h1>{t("saveForLaterTitle")}</h1>
      <p className="text-lg">{t("saveForLaterText")}</p>
      <PostForm action="/api/intake/resume-link" className="mt-6" submit={t("saveForLaterButton")}>
        <TextField
          id="email"
          type="email"
          label={t("saveForLaterEmail")}
          error={error}
          value={typeof known === "string" ? known : ""}
          autoComplete="email"
          spellCheck={false}
          width="medium"
          spacing=""
        />
      </PostForm>
      {back}
    </>
  );
}
