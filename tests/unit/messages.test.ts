import { describe, expect, it } from "vitest";
import { en, sv } from "@/lib/i18n/messages";

function keys(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("messages", () => {
  it("English has exactly the keys Swedish has", () => {
    expect(keys(en).sort()).toEqual(keys(sv).sort());
  });

  it("no text is empty", () => {
    const empty = (m: unknown) =>
      keys(m).filter(
        (k) => k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], m) === "",
      );
    expect(empty(sv)).toEqual([]);
    expect(empty(en)).toEqual([]);
  });
});
