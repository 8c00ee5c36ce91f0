import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Result } from "@/lib/domain/result";

// NIST SP 800-63B: a length floor, a generous ceiling, no composition rules, and a blocklist of
// passwords attackers try first. The list is lowercase, one per line, and compared case-insensitively,
// so "Sommar2024" is refused like "sommar2024".

export const PASSWORD_MIN_LENGTH = 8;
/** argon2 would take longer, but a ceiling keeps hashing cheap and no one types more. */
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordCheck = Result<object, "tooShort" | "tooLong" | "common">;

let common: Set<string> | undefined;

function commonPasswords(): Set<string> {
  // Read from the project folder (not bundled): `next start` and the tests both run from there.
  common ??= new Set(
    readFileSync(path.join(process.cwd(), "lib/server/auth/common-passwords.txt"), "utf8")
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean),
  );
  return common;
}

const normalise = (pw: string) => pw.normalize("NFC").toLowerCase();

export function checkNewPassword(pw: string): PasswordCheck {
  // Characters, not UTF-16 units: "åäö" counts as three.
  const length = [...pw.normalize("NFC")].length;
  if (length < PASSWORD_MIN_LENGTH) return { ok: false, code: "tooShort" };
  if (length > PASSWORD_MAX_LENGTH) return { ok: false, code: "tooLong" };
  if (commonPasswords().has(normalise(pw))) return { ok: false, code: "common" };
  return { ok: true };
}
