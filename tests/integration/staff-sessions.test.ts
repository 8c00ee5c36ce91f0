import { describe, expect, it } from "vitest";
import {
  revokeSession,
  revokeUserSessions,
  sessionLimits,
  sessionVerdict,
  startStaffSession,
  validateStaffSession,
} from "@/lib/server/auth/staff-sessions";
import { getDb } from "@/lib/server/db/client";
import { createStaffUser } from "@/lib/server/db/factories";
import { uniqueEmail } from "../factories";

const MINUTE = 60_000;

async function newSession(method: "password" | "oidc" = "password") {
  const db = await getDb();
  const user = await createStaffUser(db, { email: uniqueEmail("staff"), name: "Test Lots", roles: ["LOTS"] });
  const sessionId = await startStaffSession(db, user.id, method);
  const row = await db.staffSession.findUniqueOrThrow({ where: { id: sessionId }, include: { user: true } });
  return { db, user, sessionId, row };
}

describe("staff session rows", () => {
  it("defaults to 30 minutes idle and 10 hours in all", () => {
    expect(sessionLimits()).toEqual({ idleMs: 30 * MINUTE, absoluteMs: 10 * 60 * MINUTE });
  });

  it("is valid right after sign-in and names the user and roles", async () => {
    const { db, user, sessionId, row } = await newSession("oidc");
    expect(row.method).toBe("oidc");
    expect(sessionVerdict(row, user.id, new Date(row.createdAt.getTime() + MINUTE))).toBe("valid");
    const result = await validateStaffSession(db, sessionId, user.id, row.createdAt);
    expect(result).toEqual({
      verdict: "valid",
      identity: { sessionId, user: { id: user.id, name: "Test Lots", email: user.email, roles: ["LOTS"] } },
    });
  });

  it("refuses an unknown session, another user's session and malformed ids", async () => {
    const { db, sessionId, user } = await newSession();
    const other = await newSession();
    expect((await validateStaffSession(db, sessionId, other.user.id)).verdict).toBe("missing");
    expect((await validateStaffSession(db, crypto.randomUUID(), user.id)).verdict).toBe("missing");
    expect((await validateStaffSession(db, "not-a-uuid", user.id)).verdict).toBe("missing");
  });

  it("ends when revoked (signing out), and revoking twice is harmless", async () => {
    const { db, sessionId, user } = await newSession();
    expect(await revokeSession(db, sessionId)).toBe(true);
    expect(await revokeSession(db, sessionId)).toBe(false);
    expect((await validateStaffSession(db, sessionId, user.id)).verdict).toBe("revoked");
  });

  it("ends after 30 minutes without use", async () => {
    const { db, sessionId, user, row } = await newSession();
    const at = (ms: number) => new Date(row.lastSeenAt.getTime() + ms);
    expect((await validateStaffSession(db, sessionId, user.id, at(29 * MINUTE))).verdict).toBe("valid");
    // That use moved lastSeenAt to +29 min, so the idle time counts from there.
    expect((await validateStaffSession(db, sessionId, user.id, at(58 * MINUTE))).verdict).toBe("valid");
    expect((await validateStaffSession(db, sessionId, user.id, at(88 * MINUTE))).verdict).toBe("idle");
  });

  it("ends 10 hours after sign-in however active", async () => {
    const { db, sessionId, user, row } = await newSession();
    const end = row.createdAt.getTime() + 10 * 60 * MINUTE;
    await db.staffSession.update({ where: { id: sessionId }, data: { lastSeenAt: new Date(end - MINUTE) } });
    expect((await validateStaffSession(db, sessionId, user.id, new Date(end - 1000))).verdict).toBe("valid");
    expect((await validateStaffSession(db, sessionId, user.id, new Date(end))).verdict).toBe("expired");
  });

  it("ends when the user is disabled", async () => {
    const { db, sessionId, user } = await newSession();
    await db.staffUser.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect((await validateStaffSession(db, sessionId, user.id)).verdict).toBe("disabled");
  });

  it("writes lastSeenAt at most once a minute", async () => {
    const { db, sessionId, user, row } = await newSession();
    const lastSeen = async () =>
      (await db.staffSession.findUniqueOrThrow({ where: { id: sessionId } })).lastSeenAt.getTime();
    await validateStaffSession(db, sessionId, user.id, new Date(row.lastSeenAt.getTime() + 30_000));
    expect(await lastSeen()).toBe(row.lastSeenAt.getTime());
    const later = new Date(row.lastSeenAt.getTime() + 90_000);
    await validateStaffSession(db, sessionId, user.id, later);
    expect(await lastSeen()).toBe(later.getTime());
  });

  it("revokes every open session of a user at once", async () => {
    const { db, sessionId, user } = await newSession();
    const second = await startStaffSession(db, user.id, "oidc");
    const other = await newSession();
    expect(await revokeUserSessions(db, user.id)).toBe(2);
    expect((await validateStaffSession(db, sessionId, user.id)).verdict).toBe("revoked");
    expect((await validateStaffSession(db, second, user.id)).verdict).toBe("revoked");
    expect((await validateStaffSession(db, other.sessionId, other.user.id)).verdict).toBe("valid");
  });
});
