import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ErrorTextsProvider } from "@/components/layout/error-texts";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { routing } from "@/lib/i18n/routing";
import { getPublicSettings } from "@/lib/server/settings";
import "../globals.css";

// Public pages are rendered ahead of time per language and refreshed in the background, so they
// are served as fast as static files yet pick up the running server's settings within minutes
// (during `next build` the environment's defaults are used: the build never opens the database).
export const revalidate = 300;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "meta" });
  return {
    title: { default: t("siteName"), template: t("titleTemplate", { title: "%s" }) },
    description: t("tagline", { municipality: (await getPublicSettings()).municipalityName }),
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const settings = await getPublicSettings();
  // No messages go to the browser: everything is translated on the server, and the error page gets
  // its four texts as plain strings. The provider stays for next-intl's links (they read the locale).
  const errors = await getTranslations("errors");
  const errorTexts = {
    errorTitle: errors("errorTitle"),
    errorText: errors("errorText"),
    reference: errors.raw("reference") as string,
    tryAgain: errors("tryAgain"),
  };
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <NextIntlClientProvider messages={null}>
          <SiteHeader municipality={settings.municipalityName} />
          <ErrorTextsProvider texts={errorTexts}>
            <main
              id="main"
              tabIndex={-1}
              className="mx-auto w-full max-w-4xl flex-1 px-4 py-10 [body:has([data-wide])_&]:max-w-[96rem]"
            >
              {children}
            </main>
          </ErrorTextsProvider>
          <SiteFooter email={settings.contactEmail} phone={settings.contactPhone} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
