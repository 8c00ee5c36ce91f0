import "server-only";
import { createHmac } from "node:crypto";
import type { Db } from "../db/client";
import { env } from "../env";
import { logger } from "../log";
import { countHit, hitRateLimit, releaseRateLimitHit, windowStartOf } from "../rate-limit";
import { authSecret } from "./config";
import { verifyPassword } from "./password";
import { passwordSignInAllowed } from "./sign-in-policy";
import type { Result } from "@/lib/domain/result";

// Checking who signs in. Every attempt is logged with its result and, when known, the user id; never
// the email address or anything else typed into the form.

/** "rate-limited" carries the wait. */
export type SignInResult = Result<
  { userId: string },
  "bad-credentials" | "disabled" | "demo-only" | "password-off" | "rate-limited",
  { retryAfterSeconds?: number }
>;

/**
 * Failed sign-ins per fixed 15-minute window, refused: per client address (many accounts from one
 * place) and per account from one address (guessing one password). Someone who knows a colleague's
 * email cannot lock them out: the colleague, signing in from their own address, is not refused.
 */
export const SIGNIN_LIMITS = {
  ip: { bucket: "signin-ip", limit: 20, windowSeconds: 15 * 60 },
  accountFromIp: { bucket: "signin-account-ip", limit: 5, windowSeconds: 15 * 60 },
} as const;

/**
 * Failed sign-ins for one account from everywhere (guessing from many addresses) are never refused,
 * since a refusal would lock the owner out too: after `free` failures in the window, every further
 * attempt for the account waits on the server, twice as long each time from `stepMs` up to `maxMs`,
 * the owner's right password included, which is then accepted.
 */
export const ACCOUNT_SLOWDOWN = {
  bucket: "signin-account",
  windowSeconds: 15 * 60,
  free: 10,
  stepMs: 250,
  maxMs: 10_000,
} as const;

/** How long an attempt waits when `failures` failed attempts for its account came before it. */
export function accountDelayMs(failures: number): number {
  const over = failures - ACCOUNT_SLOWDOWN.free;
  if (over < 0) return 0;
  return Math.min(ACCOUNT_SLOWDOWN.maxMs, ACCOUNT_SLOWDOWN.stepMs * 2 ** Math.min(over, 20));
}

type Identities = Record<keyof typeof SIGNIN_LIMITS, string>;
const KINDS = Object.keys(SIGNIN_LIMITS) as (keyof typeof SIGNIN_LIMITS)[];
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Verified when the account is unknown or has no password, so that timing does not tell. */
const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$3XskDx05GYcYxebmp9bXwg$YHqKGh1ZdpPur+fwsFXEZ5efWVoqVDCly0r8bQKBay8";

/** Longer input is not a password anyone set (the policy allows 128); it is refused unhashed. */
const MAX_PASSWORD_INPUT = 4096;

/**
 * A demo account's password is printed in the README, so it may sign in only while the server runs
 * in demo mode (LOTSEN_DEMO); a database seeded in demo mode and later served without it stays shut.
 */
export const demoAccountRefused = (user: { demo: boolean }) => user.demo && !env().LOTSEN_DEMO;

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
function failureBucket(kind: keyof typeof SIGNIN_LIMITS | "account", identity: string): string {
  const digest = createHmac("sha256", authSecret()).update(`lotsen.signin:${kind}:${identity}`).digest("hex");
  const prefix = kind === "account" ? ACCOUNT_SLOWDOWN.bucket : SIGNIN_LIMITS[kind].bucket;
  return `${prefix}:${digest}`;
}

/** Seconds until the window that refused ends, or 0 when neither limit is reached. */
async function refusedFor(db: Db, identities: Identities, now: Date) {
  let wait = 0;
  for (const kind of KINDS) {
    const { limit, windowSeconds } = SIGNIN_LIMITS[kind];
    const start = windowStartOf(now, windowSeconds);
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

/** Counts this attempt against its account (before the password is checked) and returns the wait. */
async function accountDelay(db: Db, email: string, now: Date): Promise<number> {
  const { windowSeconds } = ACCOUNT_SLOWDOWN;
  const count = await countHit(db, { bucket: failureBucket("account", email), ip: "-", windowSeconds, now });
  // Logged once per account and window, so a flood of guesses does not flood the log too.
  if (count - 1 === ACCOUNT_SLOWDOWN.free)
    logger.warn({ event: "signin-slowed" }, "staff sign-in slowed for an account");
  return accountDelayMs(count - 1);
}

/** A right password was not a failure: the attempt counted in advance is taken back. */
async function releaseAttempt(db: Db, identities: Identities, email: string, now: Date) {
  const buckets = [
    ...KINDS.map((kind) => ({
      bucket: failureBucket(kind, identities[kind]),
      windowSeconds: SIGNIN_LIMITS[kind].windowSeconds,
    })),
    { bucket: failureBucket("account", email), windowSeconds: ACCOUNT_SLOWDOWN.windowSeconds },
  ];
  for (const { bucket, windowSeconds } of buckets)
    await releaseRateLimitHit(db, { bucket, ip: "-", windowSeconds, now });
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
  input: { email: string; ip: string; now?: Date; wait?: (ms: number) => Promise<void> },
): Promise<AttemptGuard> {
  const { ip, now = new Date(), wait = sleep } = input;
  const email = input.email.trim().toLowerCase();
  const identities: Identities = { ip, accountFromIp: `${email}\n${ip}` };
  const retryAfterSeconds =
    (await refusedFor(db, identities, now)) || (await countAttempt(db, identities, now));
  if (retryAfterSeconds > 0) return { retryAfterSeconds, succeeded: async () => {} };
  // Many failures for the account from anywhere slow each further attempt down, never refuse it.
  const delay = await accountDelay(db, email, now);
  if (delay > 0) await wait(delay);
  return { retryAfterSeconds: 0, succeeded: () => releaseAttempt(db, identities, email, now) };
}

// The sign-in page's ?error= for a refused password sign-in; any other reason shows as wrong credentials.
const ERROR_CODES: Partial<Record<string, string>> = {
  "rate-limited": "rate-limited",
  "demo-only": "demo",
  "password-off": "password-off",
};

export const signInErrorCode = (reason: string): string => ERROR_CODES[reason] ?? "credentials";

export async function signInWithPassword(
  db: Db,
  input: { email: string; password: string; ip: string; now?: Date; wait?: (ms: number) => Promise<void> },
): Promise<SignInResult> {
  const { password, now = new Date(), wait = sleep } = input;
  const email = input.email.trim().toLowerCase();
  // Administrators may turn passwords off (sign-in-policy.ts): then nothing typed is even checked.
  if (!(await passwordSignInAllowed(db))) {
    logSignIn("password-off", "password");
    return { ok: false, code: "password-off" };
  }
  const guard = await guardSignInAttempt(db, { ...input, now, wait });
  if (guard.retryAfterSeconds > 0) {
    logSignIn("rate-limited", "password");
    return { ok: false, code: "rate-limited", retryAfterSeconds: guard.retryAfterSeconds };
  }
  const user =
    email && email.length <= 254
      ? await db.staffUser.findUnique({
          where: { email },
          select: { id: true, passwordHash: true, disabledAt: true, demo: true },
        })
      : null;
  const matches =
    password.length > 0 &&
    password.length <= MAX_PASSWORD_INPUT &&
    (await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password)) &&
    !!user?.passwordHash;

  if (!user || !matches) {
    logSignIn("bad-credentials", "password", user?.id);
    return { ok: false, code: "bad-credentials" };
  }
  await guard.succeeded();
  // Told only to someone who knows the password; the form shows the same message as for a wrong one.
  if (user.disabledAt) {
    logSignIn("disabled", "password", user.id);
    return { ok: false, code: "disabled" };
  }
  if (demoAccountRefused(user)) {
    logSignIn("demo-only", "password", user.id);
    return { ok: false, code: "demo-only" };
  }
  logSignIn("ok", "password", user.id);
  return { ok: true, userId: user.id };
}
