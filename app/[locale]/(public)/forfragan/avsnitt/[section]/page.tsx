import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SubmitChoices } from "@/components/form/buttons";
import { ErrorSummary } from "@/components/form/error-summary";
import {
  SectionFields,
  sectionErrorMessages,
  sectionTexts,
  summaryErrors,
} from "@/components/intake/section-fields";
import { SectionFormEnhancer } from "@/components/intake/section-form-enhancer";
import { validateSection, type Answers } from "@/lib/domain/intake/schema";
import { findSection, SECTIONS } from "@/lib/domain/intake/sections";
import { BackLink } from "@/components/back-link";
import type { Locale } from "@/lib/i18n/routing";
import { requireDraft } from "@/lib/server/intake/draft-page";

type Props = PageProps<"/[locale]/forfragan/avsnitt/[section]">;

async function load({ params, searchParams }: Props) {
  const { locale, section: id } = await params;
  const section = findSection(id);
  if (!section) notFound();
  const draft = await requireDraft(locale as Locale);
  const values = (draft.answers as Answers)[section.id];
  // Errors are shown after a save that did not pass (the post redirects here with ?fel=1).
  const showErrors = (await searchParams).fel === "1";
  const errors = showErrors ? validateSection(section, values) : {};
  return { locale: locale as Locale, section, values, errors };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, section, errors } = await load(props);
  const t = await getTranslations({ locale, namespace: "intake" });
  const title = t(`sections.${section.id}`);
  return { title: Object.keys(errors).length ? t("errorTitlePrefix", { title }) : title };
}

export default async function SectionPage(props: Props) {
  const { locale, section, values, errors } = await load(props);
  setRequestLocale(locale);
  const t = await getTranslations("intake");
  const texts = await sectionTexts(section, errors);
  const index = SECTIONS.findIndex((s) => s.id === section.id);
  return (
    <>
      <BackLink href="/forfragan/oversikt">{t("backToOverview")}</BackLink>
      <ErrorSummary title={t("errorSummaryTitle")} errors={summaryErrors(section, texts)} />
      <p className="text-slate-700">{t("sectionCaption", { n: index + 1, total: SECTIONS.length })}</p>
      <h1 className="mt-1">{t(`sections.${section.id}`)}</h1>
      <p className="text-lg">{t(`sectionIntro.${section.id}`)}</p>
      <SectionFormEnhancer
        sectionId={section.id}
        savedText={t("saved")}
        savingText={t("saving")}
        errorMessages={await sectionErrorMessages(section)}
      >
        <form method="post" action={`/api/intake/section/${section.id}`} noValidate>
          <input type="hidden" name="locale" value={locale} />
          <SectionFields section={section} values={values} texts={texts} />
          <SubmitChoices
            name="next"
            className="mt-8 gap-4"
            choices={[
              { value: "continue", label: t("saveAndContinue"), primary: true },
              { value: "overview", label: t("saveAndOverview") },
            ]}
          />
        </form>
      </SectionFormEnhancer>
    </>
  );
}
