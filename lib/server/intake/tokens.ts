import "server-only";
import { createHash, randomBytes } from "node:crypto";

// Links and cookies carry 256-bit random tokens; the database keeps only their SHA-256, so a leaked
// backup or log of the database opens nothing.

export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Tokens we hand out are 43 base64url characters; anything else is not worth a database lookup. */
export function looksLikeToken(value: string | undefined | null): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value);
}
