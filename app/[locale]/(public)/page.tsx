import { getTranslations, setRequestLocale } from "next-intl/server";
import { buttonLinkClass } from "@/components/form/buttons";
import { StepList } from "@/components/step-list";
import { Link } from "@/lib/i18n/navigation";
import { THEMES } from "@/lib/domain/themes";
import { getPublicSettings } from "@/lib/server/settings";

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("home");
  const links = await getTranslations("links.newLink");
  const { municipalityName } = await getPublicSettings();
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="text-lg">{t("lead", { municipality: municipalityName })}</p>

      <section aria-labelledby="ways">
        <h2 id="ways">{t("waysHeading")}</h2>
        <div className="mt-4 grid gap-6 sm:grid-cols-2">
          <div className="rounded border-l-4 border-brand-700 bg-brand-50 p-5">
            <h3>{t("sendIdeaHeading")}</h3>
            <p>{t("sendIdeaText")}</p>
            <p className="mt-4">
              <Link href="/forfragan" className={buttonLinkClass}>
                {t("sendIdeaLink")}
              </Link>
            </p>
          </div>
          <div className="rounded border-l-4 border-slate-500 bg-slate-50 p-5">
            <h3>{t("askHeading")}</h3>
            <p>{t("askText")}</p>
            <p className="mt-4">
              <Link href="/fraga" className="font-semibold">
                {t("askLink")}
              </Link>
            </p>
          </div>
        </div>
        <p className="mt-6">
          <Link href="/ny-statuslank">{links("linkText")}</Link>
        </p>
      </section>

      <section aria-labelledby="what">
        <h2 id="what">{t("whatHeading")}</h2>
        <p>{t("whatText1")}</p>
        <p>{t("whatText2")}</p>
      </section>

      <section aria-labelledby="themes">
        <h2 id="themes">{t("themesHeading")}</h2>
        <ul className="mt-3 list-disc space-y-1 pl-6">
          {THEMES.map((theme) => (
            <li key={theme}>{t(`themes.${theme}`)}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="steps">
        <h2 id="steps">{t("stepsHeading")}</h2>
        <p>{t("stepsIntro")}</p>
        <StepList optionalLabel={t("optional")} />
      </section>
    </>
  );
}
