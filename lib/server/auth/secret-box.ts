import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "../env";
import { authSecret } from "./config";

// AES-256-GCM for the few secrets the server must read back (TOTP secrets), bound to what they
// belong to (the user id as associated data), so a value copied onto another row does not decrypt.
//
// The key is derived from NEXTAUTH_SECRET (HKDF, its own label). The single-process embedded database
// in production may run without NEXTAUTH_SECRET (config.ts then makes a random session secret per
// start), but TOTP secrets must survive restarts: there the key is a random file beside the data,
// LOTSEN_DATA_DIR/../totp.key, made on first use. Changing NEXTAUTH_SECRET makes stored second
// factors unreadable: their owners then need an administrator to reset them.

const KEY = Symbol.for("lotsen.secret-box.key");
type Holder = { [KEY]?: Buffer };

function keyMaterial(): string {
  const { NEXTAUTH_SECRET, NODE_ENV, DATABASE_URL, LOTSEN_DATA_DIR } = env();
  if (NEXTAUTH_SECRET || NODE_ENV !== "production" || DATABASE_URL) return authSecret();
  const file = path.join(path.dirname(path.resolve(LOTSEN_DATA_DIR)), "totp.key");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600, flag: "wx" });
  }
  return readFileSync(file, "utf8").trim();
}

function key(): Buffer {
  const holder = globalThis as Holder;
  holder[KEY] ??= Buffer.from(hkdfSync("sha256", keyMaterial(), "lotsen", "lotsen.totp-secret.v1", 32));
  return holder[KEY];
}

/** `v1.<iv>.<tag>.<ciphertext>`, base64url. */
export function seal(plain: Buffer, boundTo: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  cipher.setAAD(Buffer.from(boundTo));
  const data = Buffer.concat([cipher.update(plain), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), data]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

/** The plain bytes, or null when the value was changed, moved or sealed with another key. */
export function open(sealed: string, boundTo: string): Buffer | null {
  const [version, iv, tag, data] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || data === undefined) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(boundTo));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]);
  } catch {
    return null;
  }
}
