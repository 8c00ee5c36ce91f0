import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { QuestionForm } from "@/components/intake/question-form";

// The same form for every visitor, so it is prerendered (lib/static-pages.ts). A post with errors
// goes on to the correction page (./rattelse), which shows what was typed.

export async function generateMetadata({ params }: PageProps<"/[locale]/fraga">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "question" });
  return { title: t("title") };
}

export default async function QuestionPage({ params }: PageProps<"/[locale]/fraga">) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <QuestionForm locale={locale} />;
}
