import "server-only";
import { env } from "../env";

// The one rule for every cookie the portal sets (staff session, next-auth's own, drafts, flash,
// inbox search). Production always marks them Secure, and the staff session and draft cookies use
// the `__Host-` prefix, which a browser accepts only when Secure, with Path=/ and no Domain: so no
// other host under the same domain can plant or widen them. env.ts refuses to start production with
// an http:// PUBLIC_BASE_URL other than a loopback address, where browsers keep Secure cookies too.
// `next dev` stays plain over http://, because a phone or another machine reaching it by its LAN
// address would drop Secure cookies; over https:// it is Secure like production.

export function secureCookies(): boolean {
  const { NODE_ENV, PUBLIC_BASE_URL } = env();
  return NODE_ENV === "production" || PUBLIC_BASE_URL.startsWith("https://");
}

/** `__Host-name` when cookies are Secure; the plain name otherwise (a browser refuses the prefix). */
export function hostCookieName(name: string): string {
  return secureCookies() ? `__Host-${name}` : name;
}

/** Attributes of every cookie the portal sets itself: http-only, same-site lax, whole site, no Domain. */
export function cookieOptions(maxAge?: number) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    path: "/",
    secure: secureCookies(),
    ...(maxAge === undefined ? {} : { maxAge }),
  };
}
