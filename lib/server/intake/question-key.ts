import "server-only";
import type { FieldValues } from "@/lib/domain/intake/schema";
import { keyedHash } from "../keyed-hash";

// The question form (/fraga) is prerendered, one page for everyone, so it cannot carry a key of its
// own that makes a double click one question, and it sets no cookie (it never reaches the proxy:
// lib/static-pages.ts). A post without a key gets one derived from the client's address, what was
// typed and the day: the same question posted twice from one address on one day is one question, a
// different question is another, and the same question asked again another day is a new one. Two
// people behind one address asking in the same words, with the same name and email, are one sender.
// The key is a keyed hash (lib/server/keyed-hash.ts): stored with the question, it reveals neither
// the address nor the text to whoever reads the database without the secret.

/** The idempotency key of a question posted without one, in the form of a UUID. */
export function derivedIdempotencyKey(clientAddress: string, values: FieldValues, now = new Date()): string {
  const typed = JSON.stringify(Object.entries(values).sort(([a], [b]) => a.localeCompare(b)));
  const day = now.toISOString().slice(0, 10); // UTC: a double click across midnight is two questions
  const hex = keyedHash("lotsen.question-key", `${day}\n${clientAddress}\n${typed}`);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
