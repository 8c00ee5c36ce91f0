import { setRequestLocale } from "next-intl/server";
import { RegisterView } from "@/components/register/register-view";
import type { Locale } from "@/lib/i18n/routing";
import { titleMetadata } from "@/lib/server/page-metadata";
import { parseRegisterFilters } from "@/lib/server/register/partnerships";

export const generateMetadata = titleMetadata("register.title");

// The register searched with free text, rendered per request. Every other view of the register is
// sent by proxy.ts to the cached page beside this one (urval/[selection]).
export default async function RegisterPage({ params, searchParams }: PageProps<"/[locale]/samarbeten">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const { filters, page } = parseRegisterFilters(await searchParams);
  return <RegisterView locale={locale} filters={filters} page={page} />;
}
