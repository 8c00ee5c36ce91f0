import { createHash } from "node:crypto";
import { isUuid } from "./ids";
import type { FieldValues } from "./intake/schema";

/**
 * The idempotency key of a question posted from the prerendered form, which carries no key of its
 * own (lib/server/intake/form-cookie.ts): the same browser's form cookie, the same client address
 * and the same typed values give the same key; null without a well-formed cookie.
 */
export function formPostKey(
  cookie: string | undefined,
  clientAddress: string,
  values: FieldValues,
): string | null {
  if (!cookie || !isUuid(cookie)) return null;
  const typed = JSON.stringify(Object.entries(values).sort(([a], [b]) => a.localeCompare(b)));
  const hex = createHash("sha256")
    .update(`lotsen-form-key\n${cookie}\n${clientAddress}\n${typed}`)
    .digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
