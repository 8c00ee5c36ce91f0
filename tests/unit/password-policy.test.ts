import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkNewPassword } from "@/lib/server/auth/password-policy";

const list = readFileSync("lib/server/auth/common-passwords.txt", "utf8").split("\n").filter(Boolean);

describe("checkNewPassword", () => {
  it("accepts 8 to 128 characters without composition rules", () => {
    expect(checkNewPassword("kaffe och kanelbulle")).toEqual({ ok: true });
    expect(checkNewPassword("abcdefgx")).toEqual({ ok: true });
    expect(checkNewPassword("x".repeat(127) + "y")).toEqual({ ok: true });
  });

  it("refuses fewer than 8 characters, counting characters rather than bytes", () => {
    expect(checkNewPassword("")).toEqual({ ok: false, code: "tooShort" });
    expect(checkNewPassword("abc1234")).toEqual({ ok: false, code: "tooShort" });
    expect(checkNewPassword("åäöåäöå")).toEqual({ ok: false, code: "tooShort" });
    expect(checkNewPassword("åäöåäöåä")).toEqual({ ok: true });
  });

  it("refuses more than 128 characters", () => {
    expect(checkNewPassword("x".repeat(129))).toEqual({ ok: false, code: "tooLong" });
  });

  it("refuses common passwords in any letter case", () => {
    for (const pw of ["password", "Password1", "QWERTY123", "sommar2024", "Lösenord123", "iloveyou"]) {
      expect(checkNewPassword(pw), pw).toEqual({ ok: false, code: "common" });
    }
  });

  it("ships a lowercase list of at least 1,000 distinct passwords", () => {
    expect(list.length).toBeGreaterThanOrEqual(1000);
    expect(new Set(list).size).toBe(list.length);
    expect(list.filter((pw) => pw !== pw.toLowerCase() || pw !== pw.trim())).toEqual([]);
  });
});
