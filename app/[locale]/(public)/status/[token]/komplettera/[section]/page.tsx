import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PostForm } from "@/components/form/post-form";
import { ErrorSummary } from "@/components/form/error-summary";
import { SectionFields, sectionTexts, summaryErrors } from "@/components/intake/section-fields";
import { validateSection, type Answers } from "@/lib/domain/intake/schema";
import { findSection } from "@/lib/domain/intake/sections";
import { redirect } from "@/lib/i18n/navigation";
import { BackLink } from "@/components/back-link";
import type { Locale } from "@/lib/i18n/routing";
import { requestByStatusToken } from "@/lib/server/intake/status";

// One section that lotsen reopened, edited through the private link. Only reopened sections of an
// open request can be opened here; the answers shown are the request's current ones.

type Props = PageProps<"/[locale]/status/[token]/komplettera/[section]">;

async function load({ params, searchParams }: Props) {
  const { locale, token, section: id } = await params;
  const section = findSection(id);
  const request = await requestByStatusToken(token);
  // A section that is not (or no longer) open for changes: back to the status page, which also says
  // when the link itself does not work (rendered there without JavaScript, unlike a notFound() page).
  if (!section || !request || request.status !== "OPEN" || !request.reopenedSections.includes(section.id))
    return redirect({ href: { pathname: "/status/[token]", params: { token } }, locale });
  const values = ((request.answers ?? {}) as Answers)[section.id];
  // Errors are shown after a save that did not pass (the post redirects here with ?fel=1).
  const showErrors = (await searchParams).fel === "1";
  const errors = showErrors ? validateSection(section, values) : {};
  return { locale: locale as Locale, token, section, values, errors };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, section, errors } = await load(props);
  const t = await getTranslations({ locale, namespace: "intake" });
  const title = t(`sections.${section.id}` as never);
  return {
    title: Object.keys(errors).length ? t("errorTitlePrefix", { title }) : title,
    robots: { index: false, follow: false },
  };
}

export default async function ReopenedSectionPage(props: Props) {
  const { locale, token, section, values, errors } = await load(props);
  setRequestLocale(locale);
  const t = await getTranslations("status");
  const intake = await getTranslations("intake");
  const texts = await sectionTexts(section, errors);
  return (
    <>
      <BackLink href={{ pathname: "/status/[token]", params: { token } }}>
        {t("moreInfo.backToStatus")}
      </BackLink>
      <ErrorSummary title={intake("errorSummaryTitle")} errors={summaryErrors(section, texts)} />
      <p className="text-slate-700">{t("moreInfo.heading")}</p>
      <h1 className="mt-1">{intake(`sections.${section.id}` as never)}</h1>
      <p className="text-lg">{t("moreInfo.sectionLead")}</p>
      <PostForm
        action={`/api/status/${token}/section/${section.id}`}
        submit={t("moreInfo.save")}
        submitSpacing="mt-8"
      >
        <SectionFields section={section} values={values} texts={texts} />
      </PostForm>
    </>
  );
}
