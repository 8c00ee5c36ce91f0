import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "./lib/i18n/routing";
import { withNonceCsp } from "./lib/nonce-csp";
import { cachedRegisterPage } from "./lib/static-pages";

const intl = createMiddleware(routing);

// Language routing and a nonce Content-Security-Policy for pages rendered per request. Authorization
// is never decided in the proxy: every page, action and route checks access itself in lib/server.
export default function proxy(request: NextRequest) {
  // The register's views without free text come from the page cache (lib/domain/register-selection.ts).
  const register = cachedRegisterPage(request.nextUrl.pathname, request.nextUrl.searchParams);
  if (register) return NextResponse.rewrite(new URL(register, request.url));
  return withNonceCsp(request, intl);
}

export const config = {
  // Everything except API routes, Next.js internals, files with an extension, the prerendered pages
  // of lib/static-pages.ts in both languages and the register (next.config.ts rewrites those to
  // their built page, so they are served without running the proxy at all). The register does run
  // the proxy when one of its filter fields (lib/domain/register-selection.ts) has a value, an empty
  // field counting as not sent: the proxy then decides between a cached view and one rendered per
  // request. Next.js needs the matcher as a literal; tests/unit/static-pages.test.ts checks it
  // against STATIC_PAGES and the register's fields.
  matcher: [
    "/((?!api|_next|_vercel|.*\\..*|(?:en)?$|(?:integritet|tillganglighet|forfragan|forfragan/lanken-fungerar-inte|fraga|samarbeten)$|en/(?:privacy|accessibility|request|request/link-expired|question|partnerships)$).*)",
    { source: "/:register(samarbeten|en/partnerships)", has: [{ type: "query", key: "q" }] },
    { source: "/:register(samarbeten|en/partnerships)", has: [{ type: "query", key: "party" }] },
    { source: "/:register(samarbeten|en/partnerships)", has: [{ type: "query", key: "municipality" }] },
    { source: "/:register(samarbeten|en/partnerships)", has: [{ type: "query", key: "theme" }] },
    { source: "/:register(samarbeten|en/partnerships)", has: [{ type: "query", key: "status" }] },
    { source: "/:register(samarbeten|en/partnerships)", has: [{ type: "query", key: "year" }] },
  ],
};
