import "server-only";
import { getPathname } from "@/lib/i18n/navigation";
import { routing, type Locale } from "@/lib/i18n/routing";
import { env } from "./env";

type Href = Parameters<typeof getPathname>[0]["href"];

/** The localized path of a page, for redirects after form posts. */
export function pagePath(locale: Locale, href: Href): string {
  return getPathname({ locale, href });
}

export function absoluteUrl(path: string): string {
  return new URL(path, env().PUBLIC_BASE_URL).href;
}

export function statusUrl(locale: Locale, token: string): string {
  return absoluteUrl(pagePath(locale, { pathname: "/status/[token]", params: { token } }));
}

/** The staff area's page for a case (built by the staff workflow). */
export function staffCaseUrl(requestId: string): string {
  return absoluteUrl(`/staff/cases/${requestId}`);
}

export function asLocale(value: unknown): Locale {
  return routing.locales.includes(value as Locale) ? (value as Locale) : routing.defaultLocale;
}

/** A 303 See Other to a path on this site: the browser follows it with a GET (post/redirect/get). */
export function seeOther(path: string, headers?: HeadersInit): Response {
  const h = new Headers(headers);
  h.set("Location", path);
  h.set("Cache-Control", "no-store");
  return new Response(null, { status: 303, headers: h });
}
