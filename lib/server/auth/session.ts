import "server-only";
import { cookies } from "next/headers";
import { forbidden, notFound, redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { cache } from "react";
import { rolesFor, type Permission } from "@/lib/domain/permissions";
import { sameSitePath } from "@/lib/domain/safe-path";
import type { Locale } from "@/lib/i18n/routing";
import { getDb } from "../db/client";
import { logger } from "../log";
import { asLocale, pagePath } from "../urls";
import { cookieNames } from "./config";
import { readSessionCookie } from "./options";
import { revokeUserSessions, validateStaffSession, type StaffIdentity } from "./staff-sessions";

// The one data access layer for staff identity: pages, server actions and routes ask here who is
// signed in and whether they may continue. Nothing is decided in proxy.ts or in the UI.

export type StaffSession = StaffIdentity;
export { revokeUserSessions, sessionVerdict, validateStaffSession } from "./staff-sessions";

/**
 * The signed-in staff member, or null. Checks the session row on every call (revoked, disabled,
 * idle or too old means null); cached per request, so a layout and its page share one check.
 *
 * Reads the cookie itself, as next-auth's session read does (options.ts: the jwt callback's check),
 * without the rest of that read: it also issues a fresh cookie, encrypted anew on every call, which
 * a page cannot set and a route here never did, so that work bought nothing on any request.
 */
export const getStaffSession = cache(async (): Promise<StaffSession | null> => {
  const value = sessionCookieValue(await cookies());
  if (!value) return null;
  const token = await readSessionCookie(value);
  const result = token
    ? await validateStaffSession(await getDb(), token.sid, token.sub)
    : ({ verdict: "unreadable" } as const);
  if (result.verdict === "valid") return result.identity;
  // Routine (the person signs in again), as next-auth's read logged it (options.ts, logger).
  logger.info({ event: "session-ended", reason: result.verdict }, "staff session ended");
  return null;
});

/** The session cookie's value; next-auth splits one over 4 kB into `name.0`, `name.1`, … */
function sessionCookieValue(jar: { getAll(): { name: string; value: string }[] }): string | undefined {
  const name = cookieNames().session;
  const chunk = (cookie: string) =>
    cookie === name
      ? 0
      : /^\.\d+$/.test(cookie.slice(name.length)) && cookie.startsWith(name)
        ? Number(cookie.slice(name.length + 1))
        : -1;
  const parts = jar
    .getAll()
    .filter((c) => chunk(c.name) >= 0)
    .sort((a, b) => chunk(a.name) - chunk(b.name));
  return parts.length ? parts.map((c) => c.value).join("") : undefined;
}

export function staffHomePath(locale: Locale): string {
  return pagePath(locale, "/staff");
}

/** A path on this site to return to after signing in; anything else becomes the staff start page. */
export function safeCallbackPath(value: unknown, locale: Locale): string {
  const path = sameSitePath(value);
  return path && !path.startsWith("/api/") ? path : staffHomePath(locale);
}

export function loginPath(
  locale: Locale,
  params: { callbackUrl?: string; error?: string; signedOut?: boolean } = {},
): string {
  const query = new URLSearchParams();
  if (params.error) query.set("error", params.error);
  if (params.signedOut) query.set("signedOut", "1");
  const callback = params.callbackUrl && safeCallbackPath(params.callbackUrl, locale);
  if (callback && callback !== staffHomePath(locale)) query.set("callbackUrl", callback);
  const qs = query.toString();
  // #fel: without JavaScript the page opens at the error summary.
  return `${pagePath(locale, "/staff/login")}${qs ? `?${qs}` : ""}${params.error ? "#fel" : ""}`;
}

/**
 * The signed-in staff member, who must hold `permission` (lib/domain/permissions.ts) when given. Signed out: redirects
 * to the sign-in page, which returns to `returnTo` (default: the staff start page). Missing role: 403
 * when `experimental.authInterrupts` is on (forbidden()), otherwise 404 (notFound()).
 */
export async function requireStaff(permission?: Permission, returnTo?: string): Promise<StaffSession> {
  const roles = permission ? rolesFor(permission) : undefined;
  const session = await getStaffSession();
  if (!session) {
    const locale = asLocale(await getLocale());
    redirect(loginPath(locale, { callbackUrl: returnTo ?? staffHomePath(locale) }));
  }
  if (roles?.length && !roles.some((role) => session.user.roles.includes(role))) {
    logger.warn({ event: "access-denied", userId: session.user.id, required: roles }, "staff access refused");
    // forbidden() throws unless the flag is on (next.config.ts), so check the variable it checks.
    if (process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS) forbidden();
    notFound();
  }
  return session;
}

/** Ends every session of the signed-in staff member, this one included; returns how many. */
export async function signOutEverywhere(): Promise<number> {
  const session = await getStaffSession();
  if (!session) return 0;
  const count = await revokeUserSessions(await getDb(), session.user.id);
  logger.info({ event: "signout", scope: "everywhere", userId: session.user.id, count }, "staff signed out");
  return count;
}
