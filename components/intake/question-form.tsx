import { getTranslations } from "next-intl/server";
import { PrimaryButton } from "@/components/form/buttons";
import { ErrorSummary } from "@/components/form/error-summary";
import { Honeypot } from "@/components/form/honeypot";
import { SectionFields, sectionTexts, summaryErrors } from "@/components/intake/section-fields";
import type { FieldErrors, FieldValues } from "@/lib/domain/intake/schema";
import { QUESTION_SECTION } from "@/lib/domain/intake/sections";

interface Props {
  locale: string;
  values?: FieldValues;
  errors?: FieldErrors;
  /**
   * Only the correction page has one: the prerendered form's posts get a derived key
   * (lib/server/intake/question-key.ts).
   */
  idempotencyKey?: string;
}

/** "Just ask a question": the empty form (app/[locale]/(public)/fraga) and its correction page. */
export async function QuestionForm({ locale, values, errors = {}, idempotencyKey }: Props) {
  const t = await getTranslations("question");
  const intake = await getTranslations("intake");
  const texts = await sectionTexts(QUESTION_SECTION, errors);
  return (
    <>
      <ErrorSummary title={intake("errorSummaryTitle")} errors={summaryErrors(QUESTION_SECTION, texts)} />
      <h1>{t("title")}</h1>
      <p className="text-lg">{t("lead")}</p>
      <form method="post" action="/api/question" noValidate>
        <input type="hidden" name="locale" value={locale} />
        {idempotencyKey && <input type="hidden" name="idempotencyKey" value={idempotencyKey} />}
        <Honeypot label={intake("check.honeypotLabel")} />
        <SectionFields section={QUESTION_SECTION} values={values} texts={texts} />
        <PrimaryButton type="submit" className="mt-8">
          {t("send")}
        </PrimaryButton>
      </form>
    </>
  );
}
