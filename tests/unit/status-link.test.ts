import { describe, expect, it } from "vitest";
import { statusLinkEndsAt, statusLinkExpired } from "@/lib/domain/status-link";

describe("how long a status link works", () => {
  const endedAt = new Date("2026-01-01T12:00:00Z");
  const ended = { status: "ENDED" as const, endedAt };
  it("works while the case is open, whatever its age", () => {
    expect(statusLinkExpired({ status: "OPEN", endedAt: null }, 1, new Date("2040-01-01"))).toBe(false);
    expect(statusLinkEndsAt({ status: "OPEN", endedAt: null }, 90)).toBeNull();
  });
  it("stops exactly the configured number of days after the end", () => {
    expect(statusLinkEndsAt(ended, 90)).toEqual(new Date("2026-04-01T12:00:00Z"));
    expect(statusLinkExpired(ended, 90, new Date("2026-04-01T11:59:59Z"))).toBe(false);
    expect(statusLinkExpired(ended, 90, new Date("2026-04-01T12:00:00Z"))).toBe(true);
  });
});
