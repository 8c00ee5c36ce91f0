import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { routing } from "./lib/i18n/routing";
import { withNonceCsp } from "./lib/nonce-csp";

const intl = createMiddleware(routing);

// Language routing, and a nonce Content-Security-Policy for pages rendered per request. Authorization
// is never decided in the proxy: every page, action and route checks access itself in lib/server.
export default function proxy(request: NextRequest) {
  return withNonceCsp(request, intl);
}

export const config = {
  // Everything except API routes, Next.js internals and files with an extension.
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
