import "server-only";
import type { Db } from "../db/client";
import {
  finishPendingSignIn,
  readPendingSignIn,
  startPendingSignIn,
  type PendingSignIn,
} from "./pending-sign-in";
import { beginSetup, confirmSetup, stepAfterPassword, verifySecondFactor } from "./second-factor";
import { guardSignInAttempt, logSignIn } from "./sign-in";
import { passwordSignInAllowed } from "./sign-in-policy";
import type { Result } from "@/lib/domain/result";

// The step between a right password and a staff session, for the sign-in routes: decide whether a
// second factor is needed, then check the code within the sign-in limits and spend the wait once.

export type AfterPassword = { next: "session" } | { next: "verify" | "setup"; token: string };

export async function afterPassword(db: Db, userId: string, callbackUrl: string): Promise<AfterPassword> {
  const next = await stepAfterPassword(db, userId);
  if (next === "session") return { next };
  if (next === "setup") await beginSetup(db, userId);
  return { next, token: await startPendingSignIn(db, { userId, stage: next, callbackUrl }) };
}

/** "rate-limited" carries the wait. */
export type CodeResult<T extends object> = Result<
  { userId: string; callbackUrl: string } & T,
  "expired" | "wrong" | "rate-limited",
  { retryAfterSeconds?: number }
>;

async function withPending<T extends object>(
  db: Db,
  input: { token: string | undefined; ip: string; stage: PendingSignIn["stage"]; now?: Date },
  check: (pending: PendingSignIn) => Promise<T | null>,
): Promise<CodeResult<T>> {
  const now = input.now ?? new Date();
  const pending = await readPendingSignIn(db, input.token, now);
  if (!pending || pending.stage !== input.stage) return { ok: false, code: "expired" };
  // Passwords turned off while this sign-in waited for its code: the password step no longer counts.
  if (!(await passwordSignInAllowed(db))) return { ok: false, code: "expired" };
  const guard = await guardSignInAttempt(db, { email: pending.email, ip: input.ip, now });
  if (guard.retryAfterSeconds > 0) {
    logSignIn("rate-limited", "second-factor", pending.userId);
    return { ok: false, code: "rate-limited", retryAfterSeconds: guard.retryAfterSeconds };
  }
  const result = await check(pending);
  if (result === null) {
    logSignIn("bad-code", "second-factor", pending.userId);
    return { ok: false, code: "wrong" };
  }
  await guard.succeeded();
  if (!(await finishPendingSignIn(db, pending.id, now))) return { ok: false, code: "expired" };
  logSignIn("ok", "second-factor", pending.userId);
  return { ok: true, userId: pending.userId, callbackUrl: pending.callbackUrl, ...result };
}

/** A code as posted for a sign-in that waits for it: the sign-in's token and the client's address. */
export interface PendingCodeInput {
  token: string | undefined;
  code: string;
  ip: string;
  now?: Date;
}

/** A code (TOTP or recovery) for a sign-in that waits for it. */
export function verifyPendingCode(db: Db, input: PendingCodeInput) {
  return withPending(db, { ...input, stage: "verify" }, async (p) => {
    const method = await verifySecondFactor(db, p.userId, input.code, input.now);
    return method ? { method } : null;
  });
}

/** The first code from a newly set-up app; the answer carries the recovery codes to show once. */
export function confirmPendingSetup(db: Db, input: PendingCodeInput) {
  return withPending(db, { ...input, stage: "setup" }, async (p) => {
    const codes = await confirmSetup(db, p.userId, input.code, input.now);
    return codes ? { codes } : null;
  });
}

/** A signed-in person's first code after setting up from their account page. */
export async function confirmOwnSetup(
  db: Db,
  input: { userId: string; email: string; code: string; ip: string; now?: Date },
): Promise<CodeResult<{ codes: string[] }>> {
  const guard = await guardSignInAttempt(db, { email: input.email, ip: input.ip, now: input.now });
  if (guard.retryAfterSeconds > 0)
    return { ok: false, code: "rate-limited", retryAfterSeconds: guard.retryAfterSeconds };
  const codes = await confirmSetup(db, input.userId, input.code, input.now);
  if (!codes) return { ok: false, code: "wrong" };
  await guard.succeeded();
  return { ok: true, userId: input.userId, callbackUrl: "", codes };
}
