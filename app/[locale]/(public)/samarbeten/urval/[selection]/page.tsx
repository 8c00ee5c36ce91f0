import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { RegisterView } from "@/components/register/register-view";
import { decodeSelection } from "@/lib/domain/register-selection";
import type { Locale } from "@/lib/i18n/routing";
import { titleMetadata } from "@/lib/server/page-metadata";

export const generateMetadata = titleMetadata("register.title");

// The register's views without free text (lib/domain/register-selection.ts): the first page, the
// other pages and the theme, status and year filters. proxy.ts sends `/samarbeten?…` here. Each view
// is rendered on its first visit and then served from the page cache; it is rendered again in the
// background once it is `revalidate` seconds old, and at once after a change on this instance
// (lib/server/register/cache.ts, invalidateRegister). The build renders none of them: it never
// opens the database.
export const revalidate = 10;

export function generateStaticParams() {
  return [];
}

export default async function CachedRegisterPage({
  params,
}: PageProps<"/[locale]/samarbeten/urval/[selection]">) {
  const { locale, selection } = await params;
  const decoded = decodeSelection(selection);
  if (!decoded) notFound();
  setRequestLocale(locale as Locale);
  const { page, ...filters } = decoded;
  return <RegisterView locale={locale as Locale} filters={filters} page={page} />;
}
