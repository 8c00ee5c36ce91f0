import "server-only";
import { hostCookieName } from "../http/cookies";
import { createHash, randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import type { Db } from "../db/client";
import { cookieOptions } from "./config";

// A password sign-in that still needs its second factor. No staff_session exists yet: the browser
// holds only a random token (http-only cookie, 10 minutes) naming a staff_pending_sign_in row by its
// SHA-256, and the row is spent when the code is right. A stolen password alone gets no further.

export const PENDING_SIGN_IN_TTL_MS = 10 * 60_000;
// __Host-: no other host under the domain can set or widen it (lib/server/http/cookies.ts).
const COOKIE = () => hostCookieName("lotsen_pending_signin");

export type PendingStage = "verify" | "setup";

export interface PendingSignIn {
  id: string;
  userId: string;
  email: string;
  stage: PendingStage;
  callbackUrl: string;
}

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

/** Starts the wait for a second factor; returns the token for the cookie. */
export async function startPendingSignIn(
  db: Db,
  input: { userId: string; stage: PendingStage; callbackUrl: string; now?: Date },
): Promise<string> {
  const now = input.now ?? new Date();
  const token = randomBytes(32).toString("base64url");
  // One wait per person at a time: an older one (another tab, an abandoned try) ends here.
  await db.staffPendingSignIn.deleteMany({ where: { userId: input.userId } });
  await db.staffPendingSignIn.create({
    data: {
      userId: input.userId,
      tokenHash: hash(token),
      stage: input.stage,
      callbackUrl: input.callbackUrl.slice(0, 1000),
      expiresAt: new Date(now.getTime() + PENDING_SIGN_IN_TTL_MS),
    },
  });
  return token;
}

export async function readPendingSignIn(
  db: Db,
  token: string | undefined,
  now = new Date(),
): Promise<PendingSignIn | null> {
  if (!token || token.length > 100) return null;
  const row = await db.staffPendingSignIn.findUnique({
    where: { tokenHash: hash(token) },
    select: {
      id: true,
      userId: true,
      stage: true,
      callbackUrl: true,
      expiresAt: true,
      usedAt: true,
      user: { select: { email: true, disabledAt: true } },
    },
  });
  if (!row || row.usedAt || row.expiresAt <= now || row.user.disabledAt) return null;
  const stage = row.stage === "setup" ? "setup" : "verify";
  return { id: row.id, userId: row.userId, email: row.user.email, stage, callbackUrl: row.callbackUrl };
}

/** Spends the wait; true for exactly one caller, however many post at once. */
export async function finishPendingSignIn(db: Db, id: string, now = new Date()): Promise<boolean> {
  const { count } = await db.staffPendingSignIn.updateMany({
    where: { id, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return count === 1;
}

export async function setPendingCookie(token: string) {
  (await cookies()).set(COOKIE(), token, { ...cookieOptions(), maxAge: PENDING_SIGN_IN_TTL_MS / 1000 });
}

export async function pendingCookie(): Promise<string | undefined> {
  return (await cookies()).get(COOKIE())?.value;
}

export async function clearPendingCookie() {
  (await cookies()).set(COOKIE(), "", { ...cookieOptions(), maxAge: 0 });
}

/** Deletes waits that ended (spent or expired); each person's newest is also replaced at sign-in. */
export async function prunePendingSignIns(db: Db, now = new Date()): Promise<number> {
  const { count } = await db.staffPendingSignIn.deleteMany({
    where: { OR: [{ expiresAt: { lt: now } }, { usedAt: { not: null } }] },
  });
  return count;
}
