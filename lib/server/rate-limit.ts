import "server-only";
import type { Db } from "./db/client";
import { pickClientAddress } from "@/lib/domain/client-address";
import { env } from "./env";
import { keyedHash } from "./keyed-hash";
import { peerAddress } from "./http/peer-address";
import { logger } from "./log";

// Per-IP fixed-window rate limits, counted in PostgreSQL so that every app instance behind the
// load balancer shares the same counters.

/** rate_limit.key is VARCHAR(200); the HMAC takes 64 hex characters plus the separator. */
const MAX_BUCKET_LENGTH = 200 - 65;

/**
 * The client's address for rate limits: the socket's address when no proxy is trusted
 * (TRUSTED_PROXY_HOPS=0), otherwise the `X-Forwarded-For` entry the outermost trusted proxy appended
 * (lib/domain/client-address.ts); IPv6 grouped by /64. Never X-Real-IP: a client can send that too.
 */
export function clientIp(headers: Headers): string {
  return pickClientAddress(headers.get("x-forwarded-for"), peerAddress(headers), env().TRUSTED_PROXY_HOPS);
}

/** IP addresses are personal data: only a keyed hash of one is ever stored. */
const ipHash = (ip: string) => keyedHash("lotsen.rate-limit", ip);

export interface RateLimitResult {
  allowed: boolean;
  /** Hits left in the current window after this one. */
  remaining: number;
  /** Seconds until the window ends when refused; 0 when allowed. */
  retryAfterSeconds: number;
}

/** The start of the fixed window of `windowSeconds` that `now` falls in. */
export function windowStartOf(now: Date, windowSeconds: number): Date {
  const ms = windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / ms) * ms);
}

/** Counts one hit for `ip` in `bucket` and returns the window's count, this hit included. */
export async function countHit(
  db: Db,
  input: { bucket: string; ip: string; windowSeconds: number; now?: Date },
): Promise<number> {
  const { bucket, ip, windowSeconds, now = new Date() } = input;
  if (!bucket || bucket.length > MAX_BUCKET_LENGTH) throw new Error("rate limit bucket: invalid length");
  const windowStart = windowStartOf(now, windowSeconds);
  const key = `${bucket}:${ipHash(ip)}`;
  // One statement, so concurrent hits from several instances can neither lose an increment nor race
  // on the first insert: PostgreSQL serialises them on the primary key.
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO rate_limit (key, window_start, count)
    VALUES (${key}, ${windowStart}::timestamptz, 1)
    ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit.count + 1
    RETURNING count`;
  const count = Number(rows[0]?.count);
  if (!Number.isFinite(count)) throw new Error("rate limit: no count returned");
  return count;
}

/** Counts one hit for `ip` in `bucket` and says whether it is within `limit` per `windowSeconds`. */
export async function hitRateLimit(
  db: Db,
  input: { bucket: string; ip: string; limit: number; windowSeconds: number; now?: Date },
): Promise<RateLimitResult> {
  const { bucket, ip, limit, windowSeconds, now = new Date() } = input;
  if (!Number.isInteger(limit) || limit < 0) throw new Error("rate limit: limit must be an integer >= 0");
  if (!Number.isInteger(windowSeconds) || windowSeconds <= 0) {
    throw new Error("rate limit: windowSeconds must be a positive integer");
  }

  const count = await countHit(db, { bucket, ip, windowSeconds, now });
  const windowMs = windowSeconds * 1000;
  const windowStart = windowStartOf(now, windowSeconds);
  const allowed = count <= limit;
  // Log the first refusal per address and window only, so a flood does not flood the log too.
  if (count === limit + 1) logger.warn({ bucket }, "rate limit reached");
  const retryAfterSeconds = allowed
    ? 0
    : Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000));
  return { allowed, remaining: Math.max(0, limit - count), retryAfterSeconds };
}

/** Takes back one hit counted by hitRateLimit in the same window (e.g. an attempt that succeeded). */
export async function releaseRateLimitHit(
  db: Db,
  input: { bucket: string; ip: string; windowSeconds: number; now?: Date },
): Promise<void> {
  const { bucket, ip, windowSeconds, now = new Date() } = input;
  const windowStart = windowStartOf(now, windowSeconds);
  await db.$executeRaw`
    UPDATE rate_limit SET count = count - 1
    WHERE key = ${`${bucket}:${ipHash(ip)}`} AND window_start = ${windowStart}::timestamptz AND count > 0`;
}

/** The limits per action, per client address. Fixed on purpose: one place to read and review. */
export const RATE_LIMITS = {
  send: { limit: 10, windowSeconds: 3600 },
  link: { limit: 5, windowSeconds: 3600 },
  question: { limit: 10, windowSeconds: 3600 },
  upload: { limit: 60, windowSeconds: 3600 },
  message: { limit: 30, windowSeconds: 3600 },
  draft: { limit: 60, windowSeconds: 3600 },
  /** "New status link" mails per contact address (counted by the address, not the client). */
  statusLinkAddress: { limit: 3, windowSeconds: 86_400 },
} as const satisfies Record<string, { limit: number; windowSeconds: number }>;

export type RateLimitBucket = keyof typeof RATE_LIMITS;

/** Counts one hit for the requesting client in one of the `RATE_LIMITS` buckets. */
export function checkRateLimit(db: Db, bucket: RateLimitBucket, headers: Headers): Promise<RateLimitResult> {
  return hitRateLimit(db, { bucket, ip: clientIp(headers), ...RATE_LIMITS[bucket] });
}

/**
 * Deletes windows that started before `olderThan`; returns how many rows went. Pass a time at least
 * one full window ago (the longest in `RATE_LIMITS`), or counts still in use are lost.
 */
export async function pruneRateLimits(db: Db, olderThan: Date): Promise<number> {
  const { count } = await db.rateLimit.deleteMany({ where: { windowStart: { lt: olderThan } } });
  return count;
}
