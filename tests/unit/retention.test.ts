import { describe, expect, it } from "vitest";
import {
  ALLOWED_ACTIONS,
  DEFAULT_RETENTION,
  readLegalHoldForm,
  readRetentionForm,
  RETENTION_RULES,
  scheduleFrom,
} from "@/lib/domain/retention";

const formFrom = (schedule: Record<string, { days: number | string; action: string }>) => (name: string) => {
  const [rule, field] = name.split("-") as [string, "days" | "action"];
  return String(schedule[rule]?.[field] ?? "");
};

describe("the retention schedule", () => {
  it("offers every default among its rule's allowed actions, and granted cases only keep", () => {
    for (const rule of RETENTION_RULES)
      expect(ALLOWED_ACTIONS[rule] as readonly string[]).toContain(DEFAULT_RETENTION[rule].action);
    expect(ALLOWED_ACTIONS.grantedRequests).toEqual(["keep"]);
    // Sent cases are referred to by the append-only trail: never deleted, only pseudonymised.
    for (const rule of ["answeredQuestions", "declinedRequests", "grantedRequests"] as const)
      expect(ALLOWED_ACTIONS[rule] as readonly string[]).not.toContain("delete");
    expect(DEFAULT_RETENTION.readLog).toEqual({ days: 730, action: "delete" });
  });

  it("reads a valid form, and names each bad field", () => {
    const ok = readRetentionForm(
      formFrom({ ...DEFAULT_RETENTION, readLog: { days: " 365 ", action: "keep" } }),
    );
    expect(ok).toEqual({
      ok: true,
      schedule: { ...DEFAULT_RETENTION, readLog: { days: 365, action: "keep" } },
    });
    const bad = readRetentionForm(
      formFrom({
        ...DEFAULT_RETENTION,
        drafts: { days: "0", action: "delete" },
        grantedRequests: { days: 10, action: "delete" },
        mailBodies: { days: "två", action: "keep" },
        rateLimits: { days: 99_999, action: "keep" },
      }),
    );
    expect(bad).toEqual({
      ok: false,
      errors: {
        "drafts-days": "daysInvalid",
        "grantedRequests-action": "actionInvalid",
        "mailBodies-days": "daysInvalid",
        "rateLimits-days": "daysInvalid",
        "rateLimits-action": "actionInvalid",
      },
    });
  });

  it("keeps a rule's default when what is stored for it is missing or invalid", () => {
    const stored = scheduleFrom({
      readLog: { days: 100, action: "delete" },
      grantedRequests: { days: 1, action: "delete" },
    });
    expect(stored.readLog).toEqual({ days: 100, action: "delete" });
    expect(stored.grantedRequests).toEqual(DEFAULT_RETENTION.grantedRequests);
    expect(scheduleFrom(null)).toEqual(DEFAULT_RETENTION);
  });

  it("reads the legal-hold form", () => {
    const get = (v: Record<string, string>) => (n: string) => v[n] ?? "";
    expect(
      readLegalHoldForm(get({ registrationNumber: " KS 2026/0001 ", reason: "Tvist", hold: "on" })),
    ).toEqual({
      ok: true,
      command: { registrationNumber: "KS 2026/0001", reason: "Tvist", hold: true },
    });
    expect(readLegalHoldForm(get({ hold: "off" }))).toEqual({
      ok: false,
      errors: { registrationNumber: "registrationNumber", reason: "reason" },
    });
  });
});
