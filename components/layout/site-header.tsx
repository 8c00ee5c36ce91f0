import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { LanguageSwitch } from "./language-switch";

export async function SiteHeader({ municipality }: { municipality: string }) {
  const t = await getTranslations("layout");
  const meta = await getTranslations("meta");
  return (
    <header className="bg-brand-900 text-white">
      <a
        href="#main"
        className="sr-only bg-white p-2 text-brand-900 focus:not-sr-only focus:absolute focus:left-2 focus:top-2"
      >
        {t("skipToContent")}
      </a>
      <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-4 px-4 py-4 [body:has([data-wide])_&]:max-w-[96rem]">
        <div>
          <Link href="/" className="text-xl font-bold text-white no-underline hover:text-white">
            {meta("siteName")}
          </Link>
          <p className="mt-0 text-sm text-slate-100">{municipality}</p>
        </div>
        <nav aria-label={t("mainNav")}>
          <LanguageSwitch label={t("languageSwitch")} target={t("languageSwitchLang") as Locale} />
        </nav>
      </div>
    </header>
  );
}
