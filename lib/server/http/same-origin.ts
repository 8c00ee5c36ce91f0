import "server-only";
import { env } from "../env";

/**
 * Whether a form post comes from this site's own pages: the CSRF check for routes that sign in or out.
 * Browsers send Origin with every POST (Sec-Fetch-Site too); a cross-site page cannot forge either.
 * A request with neither is no browser's, so it cannot carry a victim's cookies into an attack.
 */
export function isSameOriginPost(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (origin) {
    if (origin === "null") return false;
    const host = headers.get("x-forwarded-host") ?? headers.get("host");
    try {
      const { host: originHost } = new URL(origin);
      return originHost === host || originHost === new URL(env().PUBLIC_BASE_URL).host;
    } catch {
      return false;
    }
  }
  const site = headers.get("sec-fetch-site");
  return !site || site === "same-origin";
}
