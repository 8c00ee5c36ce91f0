import { createHmac, timingSafeEqual } from "node:crypto";

// The signature of a webhook delivery: HMAC-SHA256 with the endpoint's secret (its UTF-8 bytes)
// over "<unix seconds>.<body>", sent as `Lotsen-Signature: t=<unix seconds>,v1=<hex>`. The
// timestamp is signed too, so a receiver that refuses old timestamps refuses replays. The README
// (Diarium integration) shows a receiver's check; this is the same check, used by the tests.

export const SIGNATURE_HEADER = "Lotsen-Signature";
export const EVENT_ID_HEADER = "Lotsen-Event-Id";
export const EVENT_TYPE_HEADER = "Lotsen-Event-Type";
export const REPLAY_WINDOW_SECONDS = 300;

export function signatureHex(secret: string, timestamp: number, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

export function signatureHeader(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${signatureHex(secret, timestamp, body)}`;
}

export type SignatureCheck =
  { ok: true; timestamp: number } | { ok: false; reason: "malformed" | "mismatch" | "stale" };

/** Checks a received header against the body; `nowSeconds` is the receiver's clock. */
export function verifySignature(
  header: string | null | undefined,
  body: string,
  secret: string,
  nowSeconds: number,
  windowSeconds = REPLAY_WINDOW_SECONDS,
): SignatureCheck {
  const parts = new Map(
    (header ?? "").split(",").map((p) => {
      const at = p.indexOf("=");
      return [p.slice(0, at).trim(), p.slice(at + 1).trim()] as const;
    }),
  );
  const t = Number(parts.get("t"));
  const given = parts.get("v1") ?? "";
  if (!Number.isInteger(t) || !/^[0-9a-f]{64}$/.test(given)) return { ok: false, reason: "malformed" };
  const expected = Buffer.from(signatureHex(secret, t, body), "hex");
  if (!timingSafeEqual(expected, Buffer.from(given, "hex"))) return { ok: false, reason: "mismatch" };
  if (Math.abs(nowSeconds - t) > windowSeconds) return { ok: false, reason: "stale" };
  return { ok: true, timestamp: t };
}
