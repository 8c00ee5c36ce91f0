import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPublicSettings } from "@/lib/server/settings";

const SECTIONS = ["controller", "what", "why", "public", "keep", "rights", "security", "cookies"] as const;

export async function generateMetadata({ params }: PageProps<"/[locale]/integritet">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "privacy" });
  return { title: t("title") };
}

export default async function PrivacyPage({ params }: PageProps<"/[locale]/integritet">) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("privacy");
  const { municipalityName: municipality, contactEmail: mailbox } = await getPublicSettings();
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
    </>
  );
}
