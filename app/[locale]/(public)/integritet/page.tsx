import { getTranslations, setRequestLocale } from "next-intl/server";
import { RETENTION_RULES } from "@/lib/domain/retention";
import { getRetentionSchedule } from "@/lib/server/retention/schedule";
import { getPublicSettings } from "@/lib/server/settings";
import { titleMetadata } from "@/lib/server/page-metadata";

const SECTIONS = ["controller", "what", "why", "public", "keep", "rights", "security", "cookies"] as const;

export const generateMetadata = titleMetadata("privacy.title");

export default async function PrivacyPage({ params }: PageProps<"/[locale]/integritet">) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("privacy");
  const { municipalityName: municipality, contactEmail: mailbox } = await getPublicSettings();
  // The periods come from the schedule the retention job follows (lib/server/retention/schedule.ts).
  const schedule = await getRetentionSchedule();
  const r = await getTranslations("retention");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="text-lg">{t("intro", { municipality })}</p>
      {SECTIONS.map((s) => (
        <section key={s} aria-labelledby={`privacy-${s}`}>
          <h2 id={`privacy-${s}`}>{t(`${s}Heading`)}</h2>
          <p>{t(`${s}Text`, { municipality, mailbox })}</p>
        </section>
      ))}
      <section aria-labelledby="privacy-retention">
        <h2 id="privacy-retention">{r("privacy.heading")}</h2>
        <p>{r("privacy.lead")}</p>
        <ul>
          {RETENTION_RULES.map((rule) => {
            const { days, action } = schedule[rule];
            const period = r("privacy.days", { days });
            return (
              <li key={rule}>
                {r(`rules.${rule}`)}: {r(`privacy.${action}`, { days: period })}
              </li>
            );
          })}
        </ul>
      </section>
    </>
  );
}
