import "server-only";
import { hostCookieName } from "../http/cookies";
import { cookies } from "next/headers";
import type { Db } from "../db/client";
import { cookieNames, cookieOptions } from "./config";
import { readSessionCookie, sessionCookie } from "./options";
import { open, seal } from "./secret-box";
import { revokeSession, type SignInMethod } from "./staff-sessions";

// Cookies the sign-in routes set in the browser: the session itself, and the recovery codes on their
// way to the one page that shows them.

/** Starts a staff session in this browser; a session it already had ends rather than stays open. */
export async function startBrowserSession(db: Db, userId: string, method: SignInMethod) {
  const jar = await cookies();
  const previous = await readSessionCookie(jar.get(cookieNames().session)?.value);
  if (previous) await revokeSession(db, previous.sid);
  const cookie = await sessionCookie(userId, method);
  jar.set(cookie.name, cookie.value, cookie.options);
}

// __Host-: no other host under the domain can set or widen it (lib/server/http/cookies.ts).
const CODES = () => hostCookieName("lotsen_new_codes");
const bound = (userId: string) => `recovery-codes:${userId}`;

/**
 * New recovery codes wait for the page that shows them in an encrypted, http-only cookie bound to
 * the person (10 minutes; "I have saved them" clears it), so they are never stored readable and never
 * travel in an address.
 */
export async function stashNewCodes(userId: string, codes: string[], next: string) {
  const value = seal(Buffer.from(JSON.stringify({ codes, next })), bound(userId));
  (await cookies()).set(CODES(), value, { ...cookieOptions(), maxAge: 600 });
}

export async function readNewCodes(userId: string): Promise<{ codes: string[]; next: string } | null> {
  const value = (await cookies()).get(CODES())?.value;
  const plain = value ? open(value, bound(userId)) : null;
  if (!plain) return null;
  try {
    const parsed = JSON.parse(plain.toString()) as { codes: string[]; next: string };
    return Array.isArray(parsed.codes) && typeof parsed.next === "string" ? parsed : null;
  } catch {
    return null;
  }
}

export async function clearNewCodes() {
  (await cookies()).set(CODES(), "", { ...cookieOptions(), maxAge: 0 });
}
