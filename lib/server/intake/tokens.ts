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

/** An idempotency key as the forms render it (a UUID); other shapes are refused. */
export function isIdempotencyKey(value: string): boolean {
  return /^[A-Za-z0-9-]{8,100}$/.test(value);
}

/**
 * The browser token for a draft started by a form post carrying `idempotencyKey` (a UUID the form
 * page rendered). Two posts of the same form before the browser holds any cookie (a double click)
 * thus start the same draft and both answer with its receipt. Whoever knows the key could post it
 * to get the same cookie anyway, so deriving it without a secret gives nothing more away.
 */
export function tokenForIdempotencyKey(idempotencyKey: string): string {
  return createHash("sha256").update(`lotsen-draft-for-key:${idempotencyKey}`).digest("base64url");
}
