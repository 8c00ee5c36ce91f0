import "server-only";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Permission } from "@/lib/domain/permissions";
import type { Locale } from "@/lib/i18n/routing";
import { requireStaff, type StaffSession } from "@/lib/server/auth/session";
import { asLocale, pagePath } from "@/lib/server/urls";

// The opening every staff page shares: its title, its language and its permission check.

export type Search = Record<string, string | string[] | undefined>;
type Href = Parameters<typeof pagePath>[1];

/** The first value of a search parameter (`?fel=a&fel=b` gives "a"). */
export function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The `generateMetadata` of a staff page: the title at the message key `title`, never indexed. With
 * `errorPrefix` (a message key taking `{title}`), a page sent back with an error (`?fel=`, unless
 * `failed` tells otherwise) says so in its title first (WCAG 2.1: 3.3.1). The title is fixed: metadata
 * runs before the page's permission check, so it must not read the record.
 */
export function staffMetadata(
  title: string,
  options: { errorPrefix?: string; failed?: (search: Search) => unknown; extra?: Metadata } = {},
) {
  const failed = options.failed ?? ((search: Search) => first(search.fel));
  return async function generateMetadata({
    params,
    searchParams,
  }: {
    params: Promise<{ locale: string }>;
    searchParams?: Promise<Search>;
  }): Promise<Metadata> {
    const t = (await getTranslations({ locale: (await params).locale })) as unknown as (
      key: string,
      values?: { title: string },
    ) => string;
    const text = t(title);
    const prefix = searchParams && failed(await searchParams) ? options.errorPrefix : undefined;
    return {
      title: prefix ? t(prefix, { title: text }) : text,
      robots: { index: false },
      ...options.extra,
    };
  };
}

/**
 * The page's language, then the permission check: someone not signed in comes back to `href` after
 * signing in (lib/server/auth/session.ts).
 */
export async function openStaffPage(
  params: Promise<{ locale: string }>,
  permission: Permission | undefined,
  href: Href,
): Promise<StaffSession & { locale: Locale }> {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const session = await requireStaff(permission, pagePath(locale, href));
  return { ...session, locale };
}

type PartnershipPath = Extract<Href, { pathname: `/staff/partnerships/[id]${string}` }>["pathname"];
/** A page of a partnership by what follows the partnership in its path: "" (the record), "/money" … */
type PartnershipSubpage = PartnershipPath extends `/staff/partnerships/[id]${infer Rest}` ? Rest : never;

/**
 * A page of one partnership: the check that the user may view partnerships, then the page's data,
 * loaded by the partnership's id; not found when there is none.
 */
export async function openPartnershipPage<T>(
  params: Promise<{ locale: string; id: string }>,
  subpage: PartnershipSubpage,
  load: (id: string) => Promise<T | null | undefined>,
): Promise<StaffSession & { locale: Locale; id: string; data: T }> {
  const { id } = await params;
  const session = await openStaffPage(params, "viewPartnerships", {
    pathname: `/staff/partnerships/[id]${subpage}`,
    params: { id },
  } as Href);
  // One argument only: loaders take optional others (a database client, a date).
  const data = await load(id);
  if (!data) notFound();
  return { ...session, id, data };
}
