import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import { env } from "./env";

// Fingerprints of personal data (a client's address, what it typed) that must match across posts
// and instances but never reveal what they were made from: an IPv4 address hashed without a secret
// is found again by trying all four billion.

const SECRET_KEY = Symbol.for("lotsen.keyed-hash-secret");

// NEXTAUTH_SECRET is shared by all instances, so they compute the same fingerprint for the same
// input. Without it (local start, tests) a random per-process secret (on globalThis: Next.js loads
// this module once per bundle, and every route must hash alike) still keeps raw inputs out of the
// database.
function secret(): string {
  const configured = env().NEXTAUTH_SECRET;
  if (configured) return configured;
  const holder = globalThis as { [SECRET_KEY]?: string };
  holder[SECRET_KEY] ??= randomBytes(32).toString("hex");
  return holder[SECRET_KEY];
}

/** A keyed SHA-256 of `input` as 64 hex characters; `purpose` separates the uses of one secret. */
export function keyedHash(purpose: string, input: string): string {
  return createHmac("sha256", secret()).update(`${purpose}:${input}`).digest("hex");
}
