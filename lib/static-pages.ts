import { routing, type AppPathname } from "./i18n/routing";

// The pages Next.js prerenders at build time (marked ● in the `next build` output). They are served
// as built, without a per-request nonce, so the proxy leaves them the static policy
// (lib/security-headers.ts). tests/e2e/content-security-policy.spec.ts checks this list against the
// build's prerender manifest, so a page that becomes static or stops being static is noticed.
export const STATIC_PAGES = [
  "/",
  "/integritet",
  "/tillganglighet",
  "/forfragan/lanken-fungerar-inte",
] as const satisfies readonly AppPathname[];

type Locale = (typeof routing.locales)[number];

/** The address of a page in one language, as a browser asks for it ("/en/privacy"). */
export function localisedPath(page: AppPathname, locale: Locale): string {
  const entry = routing.pathnames[page];
  const path = typeof entry === "string" ? entry : entry[locale];
  if (locale === routing.defaultLocale) return path;
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}

const STATIC_PATHS = new Set(routing.locales.flatMap((l) => STATIC_PAGES.map((p) => localisedPath(p, l))));

export function isStaticPage(pathname: string): boolean {
  return STATIC_PATHS.has(pathname.length > 1 ? pathname.replace(/\/$/, "") : pathname);
}
