import { describe, expect, it } from "vitest";
import {
  base32Decode,
  base32Encode,
  hotp,
  matchTotp,
  otpauthUri,
  totp,
  totpStep,
  type HashName,
} from "@/lib/domain/totp";
import { normalizeRecoveryCode, secondFactorRequired } from "@/lib/domain/second-factor";

// RFC 6238, appendix B: the seeds are ASCII "1234567890" repeated to the hash's key length.
const SEEDS: Record<HashName, Buffer> = {
  sha1: Buffer.from("12345678901234567890"),
  sha256: Buffer.from("12345678901234567890123456789012"),
  sha512: Buffer.from("1234567890123456789012345678901234567890123456789012345678901234"),
};
const VECTORS: [number, string, HashName][] = [
  [59, "94287082", "sha1"],
  [59, "46119246", "sha256"],
  [59, "90693936", "sha512"],
  [1111111109, "07081804", "sha1"],
  [1111111109, "68084774", "sha256"],
  [1111111109, "25091201", "sha512"],
  [1111111111, "14050471", "sha1"],
  [1111111111, "67062674", "sha256"],
  [1111111111, "99943326", "sha512"],
  [1234567890, "89005924", "sha1"],
  [1234567890, "91819424", "sha256"],
  [1234567890, "93441116", "sha512"],
  [2000000000, "69279037", "sha1"],
  [2000000000, "90698825", "sha256"],
  [2000000000, "38618901", "sha512"],
  [20000000000, "65353130", "sha1"],
  [20000000000, "77737706", "sha256"],
  [20000000000, "47863826", "sha512"],
];

describe("TOTP (RFC 6238)", () => {
  it.each(VECTORS)("at %i s gives %s with %s", (seconds, code, hash) => {
    expect(totp(SEEDS[hash], new Date(seconds * 1000), 8, hash)).toBe(code);
  });

  it("HOTP matches RFC 4226's test values", () => {
    const codes = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((c) => hotp(SEEDS.sha1, c));
    expect(codes).toEqual([
      "755224",
      "287082",
      "359152",
      "969429",
      "338314",
      "254676",
      "287922",
      "162583",
      "399871",
      "520489",
    ]);
  });

  it("accepts the code of this step and the steps beside it, once each", () => {
    const now = new Date(1_700_000_000_000);
    const step = totpStep(now);
    const code = (s: number) => hotp(SEEDS.sha1, s);
    expect(matchTotp(SEEDS.sha1, code(step), now, 0)).toBe(step);
    expect(matchTotp(SEEDS.sha1, code(step - 1), now, 0)).toBe(step - 1);
    expect(matchTotp(SEEDS.sha1, code(step + 1), now, 0)).toBe(step + 1);
    expect(matchTotp(SEEDS.sha1, code(step - 2), now, 0)).toBeNull();
    expect(matchTotp(SEEDS.sha1, code(step + 2), now, 0)).toBeNull();
    // Replay: the step already used, and any earlier one, is refused.
    expect(matchTotp(SEEDS.sha1, code(step), now, step)).toBeNull();
    expect(matchTotp(SEEDS.sha1, code(step - 1), now, step)).toBeNull();
    expect(matchTotp(SEEDS.sha1, code(step + 1), now, step)).toBe(step + 1);
  });

  it("refuses anything but six digits, and allows spaces", () => {
    const now = new Date(1_700_000_000_000);
    const code = totp(SEEDS.sha1, now);
    expect(matchTotp(SEEDS.sha1, `${code.slice(0, 3)} ${code.slice(3)}`, now, 0)).not.toBeNull();
    for (const bad of ["", "12345", "1234567", "abcdef", `${code}0`]) {
      expect(matchTotp(SEEDS.sha1, bad, now, 0)).toBeNull();
    }
  });

  it("encodes secrets in base32 both ways (RFC 4648 vectors)", () => {
    expect(base32Encode(Buffer.from("foobar"))).toBe("MZXW6YTBOI");
    expect(base32Encode(Buffer.from("fooba"))).toBe("MZXW6YTB");
    expect(base32Decode("mzxw 6ytb-oi").toString()).toBe("foobar");
    expect(base32Decode(base32Encode(SEEDS.sha1))).toEqual(SEEDS.sha1);
    expect(() => base32Decode("1!")).toThrow();
  });

  it("writes the otpauth address apps read", () => {
    const uri = otpauthUri({ secret: Buffer.from("foobar"), issuer: "Lotsen Å", account: "a@b.se" });
    expect(uri).toBe(
      "otpauth://totp/Lotsen%20%C3%85:a%40b.se?secret=MZXW6YTBOI&issuer=Lotsen+%C3%85&algorithm=SHA1&digits=6&period=30",
    );
  });
});

describe("who needs a second factor", () => {
  it("administrators and decision makers always, others when the municipality says so", () => {
    expect(secondFactorRequired(["ADMIN"], false)).toBe(true);
    expect(secondFactorRequired(["DIRECTOR"], false)).toBe(true);
    expect(secondFactorRequired(["COMMITTEE"], false)).toBe(true);
    expect(secondFactorRequired(["LOTS", "EXPERT"], false)).toBe(false);
    expect(secondFactorRequired(["LOTS"], true)).toBe(true);
  });

  it("compares recovery codes without case, spaces or dashes", () => {
    expect(normalizeRecoveryCode(" ABCD-efgh jkmn ")).toBe("abcdefghjkmn");
  });
});
