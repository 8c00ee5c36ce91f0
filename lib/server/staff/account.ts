import "server-only";
import { recordAudit, staffActor } from "../audit/record";
import { checkNewPassword, type PasswordCheck } from "../auth/password-policy";
import { hashPassword, verifyPassword } from "../auth/password";
import { guardSignInAttempt } from "../auth/sign-in";
import { sessionLimits, sessionVerdict } from "../auth/staff-sessions";
import type { Db } from "../db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { FailureCode, Result } from "@/lib/domain/result";

type Tx = Prisma.TransactionClient;

// A staff member's own account: their signed-in sessions and their password. Each change is audited.

export interface OwnSession {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  method: string;
  current: boolean;
}

/** Sessions still usable (not ended, not idle, not too old), newest first. */
export async function listOwnSessions(db: Db, userId: string, currentId: string, now = new Date()) {
  const oldest = new Date(now.getTime() - sessionLimits().absoluteMs);
  const rows = await db.staffSession.findMany({
    where: { userId, revokedAt: null, createdAt: { gt: oldest } },
    orderBy: { createdAt: "desc" },
    select: { id: true, userId: true, createdAt: true, lastSeenAt: true, revokedAt: true, method: true },
  });
  return rows
    .filter((r) => sessionVerdict({ ...r, user: { disabledAt: null, demo: false } }, userId, now) === "valid")
    .map(({ id, createdAt, lastSeenAt, method }): OwnSession => ({
      id,
      createdAt,
      lastSeenAt,
      method,
      current: id === currentId,
    }));
}

type Which = { only: string } | { allBut: string | null };

/** Ends the person's own sessions: one by id, or every one but `allBut`; returns how many ended. */
export function endOwnSessions(db: Db, userId: string, which: Which, now = new Date()): Promise<number> {
  return db.$transaction((tx) => endSessionsIn(tx, userId, which, now));
}

/** The same, inside a transaction that makes a change needing it (a new password). */
export async function endSessionsIn(tx: Tx, userId: string, which: Which, now = new Date()) {
  const where =
    "only" in which
      ? { userId, id: which.only, revokedAt: null }
      : { userId, revokedAt: null, ...(which.allBut ? { id: { not: which.allBut } } : {}) };
  const ended = await tx.staffSession.findMany({ where, select: { id: true } });
  if (ended.length === 0) return 0;
  await tx.staffSession.updateMany({
    where: { id: { in: ended.map((s) => s.id) } },
    data: { revokedAt: now },
  });
  for (const { id } of ended) {
    await recordAudit(tx, {
      actor: staffActor(userId),
      entity: "staff_session",
      entityId: id,
      action: "ended",
    });
  }
  return ended.length;
}

/** "rateLimited" carries the wait. */
export type ChangePasswordResult = Result<
  { ended: number },
  "wrongPassword" | "mismatch" | "rateLimited" | FailureCode<PasswordCheck>,
  { retryAfterSeconds?: number }
>;

/**
 * Changes the signed-in person's password. The current one is checked within the sign-in limits
 * (a stolen session cannot guess it freely), and every other session ends, so whoever else knew the
 * old password is signed out.
 */
export async function changeOwnPassword(
  db: Db,
  input: {
    userId: string;
    sessionId: string;
    current: string;
    password: string;
    confirm: string;
    ip: string;
  },
): Promise<ChangePasswordResult> {
  const user = await db.staffUser.findUniqueOrThrow({
    where: { id: input.userId },
    select: { email: true, passwordHash: true },
  });
  // An empty field is no guess, so it does not count against the limits.
  if (!input.current) return { ok: false, code: "wrongPassword" };
  const guard = await guardSignInAttempt(db, { email: user.email, ip: input.ip });
  if (guard.retryAfterSeconds > 0)
    return { ok: false, code: "rateLimited", retryAfterSeconds: guard.retryAfterSeconds };
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.current.slice(0, 4096))))
    return { ok: false, code: "wrongPassword" };
  await guard.succeeded();
  const check = checkNewPassword(input.password);
  if (!check.ok) return { ok: false, code: check.code };
  if (input.password !== input.confirm) return { ok: false, code: "mismatch" };
  const passwordHash = await hashPassword(input.password);
  const ended = await db.$transaction(async (tx) => {
    await tx.staffUser.update({ where: { id: input.userId }, data: { passwordHash } });
    await recordAudit(tx, {
      actor: staffActor(input.userId),
      entity: "staff_user",
      entityId: input.userId,
      action: "password_changed",
    });
    return endSessionsIn(tx, input.userId, { allBut: input.sessionId });
  });
  return { ok: true, ended };
}
