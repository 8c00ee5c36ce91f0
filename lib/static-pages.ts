import { routing, type AppPathname } from "./i18n/routing";

// The pages Next.js prerenders at build time (marked ● in the `next build` output). They are served
// as built, without a per-request nonce, under the static policy (lib/security-headers.ts), and
// they never reach the proxy: next.config.ts maps their addresses to the language folder with plain
// rewrites (staticPageRewrites), and proxy.ts' matcher leaves them out, so serving one costs what
// serving any built file costs. tests/e2e/content-security-policy.spec.ts checks this list against
// the build's prerender manifest, tests/unit/static-pages.test.ts against the proxy's matcher.
export const STATIC_PAGES = [
  "/",
  "/integritet",
  "/tillganglighet",
  "/forfragan",
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

/** The folder a page is built in for one language ("/en/integritet"): where the rewrite leads. */
export function builtPath(page: AppPathname, locale: Locale): string {
  return page === "/" ? `/${locale}` : `/${locale}${page}`;
}

/**
 * For next.config.ts: each static page's addresses, rewritten to the page Next.js built, as the
 * language routing (next-intl's middleware in proxy.ts) would, but without running the proxy.
 */
export function staticPageRewrites(): { source: string; destination: string }[] {
  return routing.locales
    .flatMap((locale) =>
      STATIC_PAGES.map((page) => ({
        source: localisedPath(page, locale),
        destination: builtPath(page, locale),
      })),
    )
    .filter((r) => r.source !== r.destination);
}

const STATIC_PATHS = new Set(routing.locales.flatMap((l) => STATIC_PAGES.map((p) => localisedPath(p, l))));

export function isStaticPage(pathname: string): boolean {
  return STATIC_PATHS.has(pathname.length > 1 ? pathname.replace(/\/$/, "") : pathname);
}
