import type { NextRequest } from "next/server";
import { oidcSettings } from "@/lib/server/auth/config";
import { startOidcSignIn } from "@/lib/server/auth/options";
import { loginPath, safeCallbackPath } from "@/lib/server/auth/session";
import { asLocale, seeOther } from "@/lib/server/urls";

// "Sign in with the municipality's login": a plain link to here, which sends the browser on to the
// identity provider (see startOidcSignIn for why a link and not a form).
export async function GET(request: NextRequest) {
  const locale = asLocale(request.nextUrl.searchParams.get("locale"));
  if (!oidcSettings()) return seeOther(loginPath(locale));
  return startOidcSignIn(safeCallbackPath(request.nextUrl.searchParams.get("callbackUrl"), locale));
}
