import createMiddleware from "next-intl/middleware";
import { routing } from "./lib/i18n/routing";

// Only language routing happens here. Authorization is never decided in the proxy: every page,
// action and route checks access itself in lib/server.
export default createMiddleware(routing);

export const config = {
  // Everything except API routes, Next.js internals and files with an extension.
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
