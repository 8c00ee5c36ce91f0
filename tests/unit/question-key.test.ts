import { describe, expect, it } from "vitest";
import { derivedIdempotencyKey } from "@/lib/server/intake/question-key";
import { isIdempotencyKey } from "@/lib/server/intake/tokens";

describe("the key of a question posted from the prerendered form", () => {
  const values = { name: "Kim", email: "kim@org.test", question: "Får vi låna en lokal?" };
  const morning = new Date("2026-12-03T07:00:00Z");
  const evening = new Date("2026-12-03T22:59:59Z");

  it("is the same for the same address, text and day, in any field order", () => {
    const key = derivedIdempotencyKey("192.0.2.7", values, morning);
    expect(isIdempotencyKey(key)).toBe(true);
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const reordered = { question: values.question, email: values.email, name: values.name };
    expect(derivedIdempotencyKey("192.0.2.7", reordered, evening)).toBe(key);
  });

  it("differs for another text, another address or another day", () => {
    const key = derivedIdempotencyKey("192.0.2.7", values, morning);
    expect(derivedIdempotencyKey("192.0.2.7", { ...values, question: "Något annat?" }, morning)).not.toBe(
      key,
    );
    expect(derivedIdempotencyKey("192.0.2.7", { ...values, email: "kim@annan.test" }, morning)).not.toBe(key);
    expect(derivedIdempotencyKey("192.0.2.8", values, morning)).not.toBe(key);
    expect(derivedIdempotencyKey("192.0.2.7", values, new Date("2026-12-04T00:00:01Z"))).not.toBe(key);
  });

  it("cannot be made again from the address and text without the server's secret", async () => {
    const { createHash } = await import("node:crypto");
    const key = derivedIdempotencyKey("192.0.2.7", values, morning).replaceAll("-", "");
    const typed = JSON.stringify(Object.entries(values).sort(([a], [b]) => a.localeCompare(b)));
    const unkeyed = createHash("sha256")
      .update(`lotsen.question-key:2026-12-03\n192.0.2.7\n${typed}`)
      .digest("hex");
    expect(unkeyed.slice(0, 32)).not.toBe(key);
  });
});
