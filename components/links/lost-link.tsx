import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { PrimaryButton } from "@/components/form/buttons";
import { ErrorSummary, type SummaryError } from "@/components/form/error-summary";
import { Link } from "@/lib/i18n/navigation";
import { first } from "@/lib/server/page-metadata";
import { getSettings } from "@/lib/server/settings";
import { asLocale } from "@/lib/server/urls";

// The two "I lost my link" pages (a new status link, a new partner link) share their frame: the
// form, and the same answer after it is sent whatever was found, so the page tells no one whether
// an address is known.

type Namespace = "links.newLink" | "partner.newLink";
type Search = Record<string, string | string[] | undefined>;
interface PageArgs {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Search>;
}

/** The pages' `generateMetadata`. */
export function lostLinkMetadata(namespace: Namespace) {
  return async function generateMetadata({ params, searchParams }: PageArgs): Promise<Metadata> {
    const locale = (await params).locale;
    const sp = await searchParams;
    // Both namespaces hold the same keys.
    const t = await getTranslations({ locale, namespace: namespace as "links.newLink" });
    const intake = await getTranslations({ locale, namespace: "intake" });
    const title = sp.skickad ? t("sentTitle") : t("title");
    return { title: sp.fel ? intake("errorTitlePrefix", { title }) : title };
  };
}

/**
 * The page's language and the error it came back with (`?fel=`); once sent (`?skickad=`), `sent` is
 * the whole page to show.
 */
export async function openLostLinkPage(namespace: Namespace, { params, searchParams }: PageArgs) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const sp = await searchParams;
  const sent = sp.skickad ? (
    <LostLinkSent namespace={namespace} contactEmail={(await getSettings()).contactEmail} />
  ) : null;
  return { locale, fel: first(sp.fel), sent };
}

/** The page after sending: the same whether or not a link went out. */
async function LostLinkSent({ namespace, contactEmail }: { namespace: Namespace; contactEmail: string }) {
  const t = await getTranslations(namespace as "links.newLink");
  return (
    <>
      <h1>{t("sentTitle")}</h1>
      <p className="text-lg">{t("sentText")}</p>
      <p>{t("noMail", { email: contactEmail })}</p>
      <p className="mt-8">
        <Link href="/">{t("home")}</Link>
      </p>
    </>
  );
}

/** The form asking for a new link, posting to `action` with its fields as children. */
export async function LostLinkForm({
  namespace,
  locale,
  action,
  errors,
  intro,
  children,
}: {
  namespace: Namespace;
  locale: string;
  action: string;
  errors: SummaryError[];
  intro?: ReactNode;
  children: ReactNode;
}) {
  const t = await getTranslations(namespace as "links.newLink");
  const intake = await getTranslations("intake");
  return (
    <>
      <ErrorSummary title={intake("errorSummaryTitle")} errors={errors} />
      <h1>{t("title")}</h1>
      <p className="text-lg">{t("lead")}</p>
      {intro}
      <form method="post" action={action} noValidate className="mt-6">
        <input type="hidden" name="locale" value={locale} />
        {children}
        <PrimaryButton type="submit" className="mt-6">
          {t("submit")}
        </PrimaryButton>
      </form>
    </>
  );
}
