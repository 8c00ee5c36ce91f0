import { cachedSelection, encodeSelection } from "./domain/register-selection";
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
  // The question form: a double click is one question without a key in the page or a cookie
  // (lib/server/intake/question-key.ts).
  "/fraga",
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

const addresses = (pages: readonly AppPathname[]) =>
  new Map(routing.locales.flatMap((l) => pages.map((p) => [localisedPath(p, l), builtPath(p, l)] as const)));
const STATIC_PATHS = addresses(STATIC_PAGES);
const normalise = (pathname: string) => (pathname.length > 1 ? pathname.replace(/\/$/, "") : pathname);

// Below the register's address (a partnership's page, and the cached views' own folder): pages
// rendered once for the page cache, whose HTML must not keep the nonce of the request that made it.
const REGISTER_PAGES_BELOW = new RegExp(
  `^(?:${routing.locales
    .flatMap((l) => [localisedPath("/samarbeten", l), builtPath("/samarbeten", l)])
    .join("|")})/[^/]+(?:/[^/]+)?$`,
);

/**
 * A page served as built or from the page cache: its HTML has no nonce, so it is served under the
 * static policy.
 */
export function isStaticPage(pathname: string): boolean {
  const path = normalise(pathname);
  return STATIC_PATHS.has(path) || REGISTER_PAGES_BELOW.test(path);
}

const REGISTER_PATHS = new Map(routing.locales.map((l) => [localisedPath("/samarbeten", l), l] as const));

/**
 * Where the proxy sends a view of the register that does not depend on free text
 * ("/en/partnerships?page=2" → "/en/samarbeten/urval/all~all~all~2"): a page rendered once and then
 * served from the page cache, under the static policy, like the prerendered pages. Undefined for a
 * search and for every other address.
 */
export function cachedRegisterPage(pathname: string, query: URLSearchParams): string | undefined {
  const locale = REGISTER_PATHS.get(normalise(pathname));
  const selection = locale && cachedSelection(query);
  return selection ? `/${locale}/samarbeten/urval/${selection}` : undefined;
}

// The register's first page ("/samarbeten", or with unrelated or empty fields) and its page links
// ("?page=3") are its most asked-for views, and they too skip the proxy: next.config.ts rewrites them
// to their cached view (registerRewrites), and proxy.ts' matcher runs the proxy for the register only
// when a filter field has a value. A page number written otherwise than the page links write it
// ("?page=02") gets the first page here. tests/unit/static-pages.test.ts checks that the two together
// lead every query where the proxy alone would.
const FIRST_PAGE = encodeSelection({ page: 1 });

/** For next.config.ts: the register without filters, first page and page links, to its cached view. */
export function registerRewrites(): {
  source: string;
  destination: string;
  has?: { type: "query"; key: string; value: string }[];
}[] {
  return routing.locales.flatMap((locale) => {
    const source = localisedPath("/samarbeten", locale);
    const views = `${builtPath("/samarbeten", locale)}/urval`;
    return [
      {
        source,
        // 1 to 100,000, as parseClosedFilters (lib/domain/register-selection.ts) takes it.
        has: [{ type: "query" as const, key: "page", value: "(?<page>[1-9]\\d{0,4}|100000)" }],
        destination: `${views}/${FIRST_PAGE.replace(/1$/, ":page")}`,
      },
      { source, destination: `${views}/${FIRST_PAGE}` },
    ];
  });
}
