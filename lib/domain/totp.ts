import { createHmac, timingSafeEqual } from "node:crypto";

// TOTP (RFC 6238) over HOTP (RFC 4226), written out here rather than taken from a package: about
// forty lines, and every authenticator app speaks this profile: SHA-1, 30-second steps, 6 digits.
// Pure (node:crypto only, no I/O), unit-tested against the RFC's own test vectors.

export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Codes one step early or late are accepted too, for clocks that drift a little. */
export const TOTP_WINDOW = 1;

export type HashName = "sha1" | "sha256" | "sha512";

/** HOTP: the truncated HMAC of an 8-byte big-endian counter (RFC 4226, section 5.3). */
export function hotp(secret: Buffer, counter: number, digits = TOTP_DIGITS, hash: HashName = "sha1"): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac(hash, secret).update(message).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, "0");
}

/** The 30-second step a moment falls in (T in RFC 6238). */
export function totpStep(now: Date, period = TOTP_PERIOD_SECONDS): number {
  return Math.floor(now.getTime() / 1000 / period);
}

export function totp(secret: Buffer, now: Date, digits = TOTP_DIGITS, hash: HashName = "sha1"): string {
  return hotp(secret, totpStep(now), digits, hash);
}

/**
 * The step a code is right for, within ±1 step of `now` and later than `lastUsedStep`, or null.
 * Refusing every step up to the last one used makes each code single-use, and also refuses an older
 * code seen over someone's shoulder once a newer one has been used.
 */
export function matchTotp(secret: Buffer, code: string, now: Date, lastUsedStep: number): number | null {
  const digits = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(digits)) return null;
  const current = totpStep(now);
  for (let step = current - TOTP_WINDOW; step <= current + TOTP_WINDOW; step++) {
    if (step <= lastUsedStep) continue;
    const expected = Buffer.from(hotp(secret, step));
    if (timingSafeEqual(expected, Buffer.from(digits))) return step;
  }
  return null;
}

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** RFC 4648 base32 without padding: how authenticator apps take a secret typed by hand. */
export function base32Encode(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

export function base32Decode(text: string): Buffer {
  const clean = text.toUpperCase().replace(/[\s=-]/g, "");
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of clean) {
    const index = BASE32.indexOf(char);
    if (index < 0) throw new Error("not base32");
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function otpauthUri(input: { secret: Buffer; issuer: string; account: string }): string {
  const label = `${encodeURIComponent(input.issuer)}:${encodeURIComponent(input.account)}`;
  const query = new URLSearchParams({
    secret: base32Encode(input.secret),
    issuer: input.issuer,
    algorithm: "SHA1",
    digits: String(TOTP_DIGITS),
    period: String(TOTP_PERIOD_SECONDS),
  });
  return `otpauth://totp/${label}?${query}`;
}
