import "server-only";
import type { Prisma, Role } from "@/lib/generated/prisma/client";
import type { Db } from "../db/client";
import { env } from "../env";

// Staff sessions are rows in staff_session; the cookie (a next-auth JWT) carries only the row id and
// the user id. Every use checks the row, so signing out, disabling a user or a timeout ends a session
// at once on every instance, which a self-contained JWT cannot do.

export type SignInMethod = "password" | "oidc";

export interface SessionLimits {
  /** Ends after this long without a request. */
  idleMs: number;
  /** Ends this long after sign-in, however active. */
  absoluteMs: number;
}

/** lastSeenAt is written at most this often, so a busy page does not write on every request. */
export const LAST_SEEN_WRITE_INTERVAL_MS = 60_000;

export function sessionLimits(): SessionLimits {
  const { SESSION_IDLE_MINUTES, SESSION_MAX_HOURS } = env();
  return { idleMs: SESSION_IDLE_MINUTES * 60_000, absoluteMs: SESSION_MAX_HOURS * 3_600_000 };
}

export interface StaffIdentity {
  user: { id: string; name: string; email: string; roles: Role[] };
  sessionId: string;
}

export type SessionVerdict = "valid" | "missing" | "revoked" | "disabled" | "demo" | "idle" | "expired";

interface SessionRow {
  userId: string;
  createdAt: Date;
  lastSeenAt: Date;
  revokedAt: Date | null;
  user: { disabledAt: Date | null; demo: boolean };
}

/** Whether a session row may still be used at `now`: the rules in one place, without I/O. */
export function sessionVerdict(
  row: SessionRow | null,
  expectedUserId: string,
  now: Date,
  limits: SessionLimits = sessionLimits(),
  demoMode: boolean = env().LOTSEN_DEMO,
): SessionVerdict {
  if (!row || row.userId !== expectedUserId) return "missing";
  if (row.revokedAt) return "revoked";
  if (row.user.disabledAt) return "disabled";
  // A session a demo account opened in demo mode ends when the server runs without it.
  if (row.user.demo && !demoMode) return "demo";
  if (now.getTime() - row.lastSeenAt.getTime() >= limits.idleMs) return "idle";
  if (now.getTime() - row.createdAt.getTime() >= limits.absoluteMs) return "expired";
  return "valid";
}

export async function startStaffSession(db: Db, userId: string, method: SignInMethod): Promise<string> {
  const row = await db.staffSession.create({ data: { userId, method }, select: { id: true } });
  return row.id;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What a session check reads: the row's times and the user it belongs to. */
const SESSION_CHECKED = {
  userId: true,
  createdAt: true,
  lastSeenAt: true,
  revokedAt: true,
  user: { select: { id: true, name: true, email: true, roles: true, disabledAt: true, demo: true } },
} satisfies Prisma.StaffSessionSelect;

/**
 * The signed-in person for a session id from a cookie, or why there is none. A valid use moves
 * lastSeenAt forward (at most once a minute); any other verdict leaves the row as it is.
 */
export async function validateStaffSession(
  db: Db,
  sessionId: string,
  userId: string,
  now = new Date(),
): Promise<{ verdict: "valid"; identity: StaffIdentity } | { verdict: Exclude<SessionVerdict, "valid"> }> {
  if (!UUID.test(sessionId) || !UUID.test(userId)) return { verdict: "missing" };
  const row = await db.staffSession.findUnique({ where: { id: sessionId }, select: SESSION_CHECKED });
  if (!row) return { verdict: "missing" };
  const verdict = sessionVerdict(row, userId, now);
  if (verdict !== "valid") return { verdict };
  if (now.getTime() - row.lastSeenAt.getTime() >= LAST_SEEN_WRITE_INTERVAL_MS) {
    // Conditional, so concurrent requests write once and a revocation in between is not undone.
    await db.staffSession.updateMany({
      where: { id: sessionId, revokedAt: null, lastSeenAt: row.lastSeenAt },
      data: { lastSeenAt: now },
    });
  }
  const { id, name, email, roles } = row.user;
  return { verdict: "valid", identity: { user: { id, name, email, roles }, sessionId } };
}

/** Ends one session; returns whether it was still open. */
export async function revokeSession(db: Db, sessionId: string, now = new Date()): Promise<boolean> {
  if (!UUID.test(sessionId)) return false;
  const { count } = await db.staffSession.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: now },
  });
  return count > 0;
}

/** Ends every open session of a user, e.g. when an administrator disables them; returns how many. */
export async function revokeUserSessions(
  db: Db | Prisma.TransactionClient,
  userId: string,
  now = new Date(),
): Promise<number> {
  const { count } = await db.staffSession.updateMany({
    where: { userId, revokedAt: null },
    data: { revokedAt: now },
  });
  return count;
}
