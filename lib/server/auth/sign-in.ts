import "server-only";
import { createHmac } from "node:crypto";
import type { Db } from "../db/client";
import { logger } from "../log";
import { hitRateLimit, releaseRateLimitHit } from "../rate-limit";
import { authSecret } from "./config";
import { verifyPassword } from "./password";

// Checking who signs in. Every attempt is logged with its result and, when known, the user id; never
// the email address or anything else typed into the form.

export type SignInResult =
  | { ok: true; userId: string }
  | { ok: false; reason: "bad-credentials" | "disabled" }
  | { ok: false; reason: "rate-limited"; retryAfterSeconds: number };

/**
 * Failed sign-ins per fixed 15-minute window: per client address (many accounts from one place), per
 * account from one address (guessing one password), and per account from everywhere (guessing from
 * many places). The tight limit is per account AND address, so someone who knows a colleague's
 * email cannot lock them out: the colleague, signing in from their own address, is not refused. Only
 * a guesser with many addresses reaches the wide per-account limit, and every window ends, so nobody
 * is locked out for good.
 */
export const SIGNIN_LIMITS = {
  ip: { bucket: "signin-ip", limit: 20, windowSeconds: 15 * 60 },
  accountFromIp: { bucket: "signin-account-ip", limit: 5, windowSeconds: 15 * 60 },
  account: { bucket: "signin-account", limit: 100, windowSeconds: 15 * 60 },
} as const;
type Identities = Record<keyof typeof SIGNIN_LIMITS, string>;
const KINDS = Object.keys(SIGNIN_LIMITS) as (keyof typeof SIGNIN_LIMITS)[];

/** Verified when the account is unknown or has no password, so that timing does not tell. */
const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$3XskDx05GYcYxebmp9bXwg$YHqKGh1ZdpPur+fwsFXEZ5efWVoqVDCly0r8bQKBay8";

/** Longer input is not a password anyone set (the policy allows 128); it is refused unhashed. */
const MAX_PASSWORD_INPUT = 4096;

export function logSignIn(result: string, method: "password" | "oidc" | "second-factor", userId?: string) {
  logger.info({ event: "signin", method, result, ...(userId ? { userId } : {}) }, "staff sign-in");
}

/**
 * A refused address or account must be refused BEFORE the password is checked (or a correct guess
 * would still get in) while successful sign-ins must not count (or an office behind one address could
 * not sign in in the morning). So every attempt is counted first, with hitRateLimit under a bucket
 * that carries a keyed hash of the address or account, and taken back when the password was right;
 * the current window's count is also read back by that bucket's key prefix.
 */
function failureBucket(kind: keyof typeof SIGNIN_LIMITS, identity: string): string {
  const digest = createHmac("sha256", authSecret()).update(`lotsen.signin:${kind}:${identity}`).digest("hex");
  return `${SIGNIN_LIMITS[kind].bucket}:${digest}`;
}

function windowStart(now: Date, windowSeconds: number): Date {
  const ms = windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / ms) * ms);
}

/** Seconds until the window that refused ends, or 0 when neither limit is reached. */
async function refusedFor(db: Db, identities: Identities, now: Date) {
  let wait = 0;
  for (const kind of KINDS) {
    const { limit, windowSeconds } = SIGNIN_LIMITS[kind];
    const start = windowStart(now, windowSeconds);
    // A sum, not one row: without NEXTAUTH_SECRET each server bundle hashes hitRateLimit's suffix
    // with its own random secret, so one bucket may have several rows.
    const { _sum } = await db.rateLimit.aggregate({
      where: { key: { startsWith: `${failureBucket(kind, identities[kind])}:` }, windowStart: start },
      _sum: { count: true },
    });
    if ((_sum.count ?? 0) >= limit) {
      const left = Math.ceil((start.getTime() + windowSeconds * 1000 - now.getTime()) / 1000);
      wait = Math.max(wait, left, 1);
    }
  }
  return wait;
}

/**
 * Counts this attempt BEFORE the password is checked, in one atomic statement per limit, so that
 * parallel guesses cannot all slip under a limit while argon2 runs; returns the seconds to wait when
 * a limit is now exceeded (and the password is then not checked at all).
 */
async function countAttempt(db: Db, identities: Identities, now: Date): Promise<number> {
  let wait = 0;
  for (const kind of KINDS) {
    const { limit, windowSeconds } = SIGNIN_LIMITS[kind];
    // The identity is already in the bucket; hitRateLimit's own address argument is not needed.
    const hit = await hitRateLimit(db, {
      bucket: failureBucket(kind, identities[kind]),
      ip: "-",
      limit,
      windowSeconds,
      now,
    });
    if (!hit.allowed) wait = Math.max(wait, hit.retryAfterSeconds);
  }
  return wait;
}

/** A right password was not a failure: the attempt counted in advance is taken back. */
async function releaseAttempt(db: Db, identities: Identities, now: Date) {
  for (const kind of KINDS) {
    const { windowSeconds } = SIGNIN_LIMITS[kind];
    await releaseRateLimitHit(db, {
      bucket: failureBucket(kind, identities[kind]),
      ip: "-",
      windowSeconds,
      now,
    });
  }
}

export interface AttemptGuard {
  /** Seconds to wait when a limit is reached (then nothing may be checked); 0 otherwise. */
  retryAfterSeconds: number;
  /** The attempt was right: it is taken back, so only failures count. */
  succeeded: () => Promise<void>;
}

/**
 * Counts one attempt at a secret of an account (its password, a second-factor code, the current
 * password when changing it) from an address, in the sign-in limits, before the secret is checked.
 * Every such secret shares the same windows, so guessing codes is as limited as guessing passwords.
 */
export async function guardSignInAttempt(
  db: Db,
  input: { email: string; ip: string; now?: Date },
): Promise<AttemptGuard> {
  const { ip, now = new Date() } = input;
  const email = input.email.trim().toLowerCase();
  const identities: Identities = { ip, accountFromIp: `${email}\n${ip}`, account: email };
  const retryAfterSeconds =
    (await refusedFor(db, identities, now)) || (await countAttempt(db, identities, now));
  return { retryAfterSeconds, succeeded: () => releaseAttempt(db, identities, now) };
}

export async function signInWithPassword(
  db: Db,
  input: { email: string; password: string; ip: string; now?: Date },
): Promise<SignInResult> {
  const { password } = input;
  const email = input.email.trim().toLowerCase();
  const guard = await guardSignInAttempt(db, input);
  if (guard.retryAfterSeconds > 0) {
    logSignIn("rate-limited", "password");
    return { ok: false, reason: "rate-limited", retryAfterSeconds: guard.retryAfterSeconds };
  }

  const user =
    email && email.length <= 254
      ? await db.staffUser.findUnique({
          where: { email },
          select: { id: true, passwordHash: true, disabledAt: true },
        })
      : null;
  const matches =
    password.length > 0 &&
    password.length <= MAX_PASSWORD_INPUT &&
    (await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password)) &&
    !!user?.passwordHash;

  if (!user || !matches) {
    logSignIn("bad-credentials", "password", user?.id);
    return { ok: false, reason: "bad-credentials" };
  }
  await guard.succeeded();
  // Told only to someone who knows the password; the form shows the same message as for a wrong one.
  if (user.disabledAt) {
    logSignIn("disabled", "password", user.id);
    return { ok: false, reason: "disabled" };
  }
  logSignIn("ok", "password", user.id);
  return { ok: true, userId: user.id };
}

/**
 * The staff user an OpenID Connect identity belongs to: matched by email, which must exist and be
 * enabled. Nobody is created here; administrators invite staff.
 */
export async function staffUserForOidc(
  db: Db,
  claims: { email?: unknown; email_verified?: unknown },
): Promise<{ ok: true; userId: string } | { ok: false; reason: "unknown-account" | "disabled" }> {
  const email = typeof claims.email === "string" ? claims.email.trim().toLowerCase() : "";
  // An identity provider that says the address is unverified is not trusted with it.
  if (!email || email.length > 254 || claims.email_verified === false) {
    logSignIn("unknown-account", "oidc");
    return { ok: false, reason: "unknown-account" };
  }
  const user = await db.staffUser.findUnique({ where: { email }, select: { id: true, disabledAt: true } });
  if (!user) {
    logSignIn("unknown-account", "oidc");
    return { ok: false, reason: "unknown-account" };
  }
  if (user.disabledAt) {
    logSignIn("disabled", "oidc", user.id);
    return { ok: false, reason: "disabled" };
  }
  logSignIn("ok", "oidc", user.id);
  return { ok: true, userId: user.id };
}
