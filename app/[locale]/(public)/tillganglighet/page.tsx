import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { getPublicSettings } from "@/lib/server/settings";
import { titleMetadata } from "@/lib/server/page-metadata";

// Dates the statement reports (DIGG's model): change them when the site is assessed again.
const PUBLISHED = new Date("2026-11-23T12:00:00Z");
const ASSESSED = new Date("2026-11-23T12:00:00Z");
const UPDATED = new Date("2026-11-23T12:00:00Z");
const DIGG_REPORT_FORM = "https://www.digg.se/tdosanmalan";

export const generateMetadata = titleMetadata("a11y.title");

export default async function AccessibilityPage({ params }: PageProps<"/[locale]/tillganglighet">) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("a11y");
  const format = await getFormatter();
  const { municipalityName: municipality, contactEmail: mailbox } = await getPublicSettings();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="text-lg">{t("intro", { municipality })}</p>

      <h2>{t("statusHeading")}</h2>
      <p>{t("statusText")}</p>

      <h2>{t("shortcomingsHeading")}</h2>
      <ul className="mt-3 list-disc space-y-2 pl-6">
        <li>{t("shortcoming1")}</li>
        <li>{t("shortcoming2")}</li>
      </ul>

      <h2>{t("reportHeading")}</h2>
      <p>{t.rich("reportText", { mailbox, mail: (c) => <a href={`mailto:${mailbox}`}>{c}</a> })}</p>

      <h2>{t("enforcementHeading")}</h2>
      <p>{t("enforcementText")}</p>
      <p>
        <a href={DIGG_REPORT_FORM}>{t("enforcementLink")}</a>
      </p>

      <h2>{t("methodHeading")}</h2>
      <p>{t("methodText")}</p>

      <h2>{t("datesHeading")}</h2>
      <p>{t("published", { date: date(PUBLISHED) })}</p>
      <p>{t("assessed", { date: date(ASSESSED) })}</p>
      <p>{t("updated", { date: date(UPDATED) })}</p>
    </>
  );
}
