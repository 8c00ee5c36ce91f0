import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { formPostKey } from "@/lib/domain/form-key";
import { isIdempotencyKey } from "@/lib/server/intake/tokens";

describe("the key of a question posted from the prerendered form", () => {
  const cookie = randomUUID();
  const values = { name: "Kim", email: "kim@org.test", question: "Får vi låna en lokal?" };

  it("is the same for the same browser, address and text, in any field order", () => {
    const key = formPostKey(cookie, "192.0.2.7", values)!;
    expect(isIdempotencyKey(key)).toBe(true);
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const reordered = { question: values.question, email: values.email, name: values.name };
    expect(formPostKey(cookie, "192.0.2.7", reordered)).toBe(key);
  });

  it("differs for another text, another browser or another address", () => {
    const key = formPostKey(cookie, "192.0.2.7", values);
    expect(formPostKey(cookie, "192.0.2.7", { ...values, question: "Något annat?" })).not.toBe(key);
    expect(formPostKey(randomUUID(), "192.0.2.7", values)).not.toBe(key);
    expect(formPostKey(cookie, "192.0.2.8", values)).not.toBe(key);
  });

  it("needs a well-formed cookie", () => {
    expect(formPostKey(undefined, "192.0.2.7", values)).toBeNull();
    expect(formPostKey("not-a-uuid", "192.0.2.7", values)).toBeNull();
  });
});
