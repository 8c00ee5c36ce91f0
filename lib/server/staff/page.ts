import "server-only";
import { notFound } from "next/navigation";
import type { Messages, NamespaceKeys, NestedKeyOf } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Permission } from "@/lib/domain/permissions";
import type { Locale } from "@/lib/i18n/routing";
import { requireStaff, type StaffSession } from "@/lib/server/auth/session";
import { titleMetadata, type TitleOptions } from "@/lib/server/page-metadata";
import { asLocale, pagePath } from "@/lib/server/urls";

// The opening every staff page shares: its title, its language and its permission check.

type Href = Parameters<typeof pagePath>[1];

export { first, type Search } from "@/lib/server/page-metadata";

/** The title of an administration page with forms: it says so first when a form came back refused. */
export const ADMIN_FORM_TITLE = { errorPrefix: "staff.admin.errorTitlePrefix" } satisfies TitleOptions;

/**
 * The `generateMetadata` of a staff page (lib/server/page-metadata.ts), never indexed. The title is
 * fixed: metadata runs before the page's permission check, so it must not read the record.
 */
export function staffMetadata(title: string, options: TitleOptions = {}) {
  return titleMetadata(title, { ...options, extra: { robots: { index: false }, ...options.extra } });
}

/** The page's language, from its address, set for the texts of the request. */
export async function openPageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  return locale;
}

type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;
type Translator<NS extends Namespace> = Awaited<ReturnType<typeof getTranslations<NS>>>;

/**
 * The page's language, then the permission check: someone not signed in comes back to `href` after
 * signing in (lib/server/auth/session.ts). `t` is the page's text, in its `namespace`.
 */
export async function openStaffPage<NS extends Namespace = never>(
  params: Promise<{ locale: string }>,
  permission: Permission | undefined,
  href: Href,
  namespace?: NS,
): Promise<StaffSession & { locale: Locale; t: Translator<NS> }> {
  const locale = await openPageLocale(params);
  const session = await requireStaff(permission, pagePath(locale, href));
  return { ...session, locale, t: await getTranslations(namespace) };
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
