import "server-only";
import { randomUUID } from "node:crypto";
import { cookies } from "next/headers";
import { formPostKey } from "@/lib/domain/form-key";
import type { FieldValues } from "@/lib/domain/intake/schema";
import { cookieOptions, hostCookieName } from "../http/cookies";

// The question form is prerendered, one page for every visitor, so it cannot carry a key of its own
// that makes a double click one question. The proxy (proxy.ts) gives each browser that opens it a
// random form cookie instead, and a post without a key gets one derived from that cookie, the
// client's address and what was typed: the same text posted twice from one browser is one question,
// a different question from the same browser is another. Kept free of the database: the proxy
// imports this module.

const NAME = "lotsen_form";
const MAX_AGE_SECONDS = 60 * 60 * 24;

export function formCookieName(): string {
  return hostCookieName(NAME);
}

/** A fresh form cookie, for the proxy to set on a browser that has none. */
export function newFormCookie() {
  return { name: formCookieName(), value: randomUUID(), ...cookieOptions(MAX_AGE_SECONDS) };
}

/** This browser's form cookie, if it has one. */
export async function formCookie(): Promise<string | undefined> {
  return (await cookies()).get(formCookieName())?.value;
}

/** The idempotency key of a post that carries none; a random one when the browser has no form cookie. */
export function derivedIdempotencyKey(
  cookie: string | undefined,
  clientAddress: string,
  values: FieldValues,
): string {
  return formPostKey(cookie, clientAddress, values) ?? randomUUID();
}
