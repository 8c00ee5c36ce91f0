import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PrimaryButton } from "@/components/form/buttons";
import { ErrorSummary } from "@/components/form/error-summary";
import { Honeypot } from "@/components/form/honeypot";
import { SectionFields, sectionTexts, summaryErrors } from "@/components/intake/section-fields";
import { validateSection, type Answers } from "@/lib/domain/intake/schema";
import { QUESTION_SECTION } from "@/lib/domain/intake/sections";
import { currentApplicantRequest } from "@/lib/server/intake/applicant-session";

type Props = PageProps<"/[locale]/fraga">;

async function load(props: Props) {
  const draft = await currentApplicantRequest("QUESTION");
  const values = draft?.status === "DRAFT" ? (draft.answers as Answers).question : undefined;
  const errors = (await props.searchParams).fel === "1" ? validateSection(QUESTION_SECTION, values) : {};
  return { values, errors };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await props.params).locale, namespace: "question" });
  const intake = await getTranslations({ locale: (await props.params).locale, namespace: "intake" });
  const { errors } = await load(props);
  return {
    title: Object.keys(errors).length ? intake("errorTitlePrefix", { title: t("title") }) : t("title"),
  };
}

export default async function QuestionPage(props: Props) {
  const { locale } = await props.params;
  setRequestLocale(locale);
  const t = await getTranslations("question");
  const intake = await getTranslations("intake");
  const { values, errors } = await load(props);
  const texts = await sectionTexts(QUESTION_SECTION, errors);
  return (
    <>
      <ErrorSummary title={intake("errorSummaryTitle")} errors={summaryErrors(QUESTION_SECTION, texts)} />
      <h1>{t("title")}</h1>
      <p className="text-lg">{t("lead")}</p>
      <form method="post" action="/api/question" noValidate>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="idempotencyKey" value={randomUUID()} />
        <Honeypot label={intake("check.honeypotLabel")} />
        <SectionFields section={QUESTION_SECTION} values={values} texts={texts} />
        <PrimaryButton type="submit" className="mt-8">
          {t("send")}
        </PrimaryButton>
      </form>
    </>
  );
}
