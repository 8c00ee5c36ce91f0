import { describe, expect, it } from "vitest";
import { sameSitePath } from "@/lib/domain/safe-path";

describe("sameSitePath", () => {
  it("keeps a path and query on this site, normalised", () => {
    expect(sameSitePath("/staff/cases?steg=REVIEWED")).toBe("/staff/cases?steg=REVIEWED");
    expect(sameSitePath("/en/staff/./cases/../opinions")).toBe("/en/staff/opinions");
    expect(sameSitePath("/staff/%2F%2Fevil.example")).toBe("/staff/%2F%2Fevil.example");
  });

  it.each([
    "/.//evil.example",
    "/./\u002f/evil.example/staff",
    "/a/..//evil.example",
    "/../..//evil.example",
    "/%2e//evil.example",
    "/%2E/%2E//evil.example",
    "//evil.example",
    "/\\evil.example",
    "/.\\evil.example",
    "https://evil.example/staff",
    "staff",
    "/staff\n",
    "",
    undefined,
    42,
    `/${"a".repeat(1000)}`,
  ])("refuses %j, which could lead to another host", (value) => {
    expect(sameSitePath(value)).toBeNull();
  });
});
