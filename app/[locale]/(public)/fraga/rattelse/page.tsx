import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { QuestionForm } from "@/components/intake/question-form";
import { validateSection, type Answers } from "@/lib/domain/intake/schema";
import { QUESTION_SECTION } from "@/lib/domain/intake/sections";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { currentApplicantRequest } from "@/lib/server/intake/applicant-session";

// Where a question with errors comes back: this browser's unsent question, what was typed and what
// to correct. Without one there is nothing to correct, and the empty form is the page to show.

type Props = PageProps<"/[locale]/fraga/rattelse">;

async function load() {
  const draft = await currentApplicantRequest("QUESTION");
  if (draft?.status !== "DRAFT") return null;
  const values = (draft.answers as Answers).question;
  return { values, errors: validateSection(QUESTION_SECTION, values) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "question" });
  const intake = await getTranslations({ locale: (await params).locale, namespace: "intake" });
  const errors = (await load())?.errors ?? {};
  return {
    title: Object.keys(errors).length ? intake("errorTitlePrefix", { title: t("title") }) : t("title"),
  };
}

export default async function QuestionCorrectionPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const draft = await load();
  if (!draft) redirect({ href: "/fraga", locale });
  return (
    <QuestionForm
      locale={locale}
      values={draft!.values}
      errors={draft!.errors}
      idempotencyKey={randomUUID()}
    />
  );
}
