import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/server/db/client";
import { DEMO_STAFF } from "@/lib/server/db/seed";
import { useFreshDatabase } from "../support/fresh-database";

// A server started in demo mode (`npm run demo`, LOTSEN_DEMO=true) on an empty database of its own.
let fresh: Awaited<ReturnType<typeof useFreshDatabase>>;
let db: Db;

beforeAll(async () => {
  process.env.LOTSEN_DEMO = "true";
  fresh = await useFreshDatabase("demo_on");
  db = await (await import("@/lib/server/db/client")).getDb();
});

afterAll(async () => {
  await db.$disconnect();
  await fresh.drop();
});

describe("in demo mode", () => {
  it("fills an empty database with demo data at start, every account marked demo", async () => {
    const accounts = await db.staffUser.findMany({ select: { email: true, demo: true } });
    expect(accounts.map((a) => a.email).sort()).toEqual(DEMO_STAFF.map((s) => s.email).sort());
    expect(accounts.every((a) => a.demo)).toBe(true);
    expect(await db.request.count()).toBeGreaterThanOrEqual(4);
  });

  it("lets the demo administrator sign in with the README's password, and keeps the session", async () => {
    const { signInWithPassword } = await import("@/lib/server/auth/sign-in");
    const { startStaffSession, validateStaffSession } = await import("@/lib/server/auth/staff-sessions");
    const admin = DEMO_STAFF.find((s) => s.roles.includes("ADMIN" as never))!;
    const result = await signInWithPassword(db, { ...admin, ip: "192.0.2.8" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const sessionId = await startStaffSession(db, result.userId, "password");
    expect((await validateStaffSession(db, sessionId, result.userId)).verdict).toBe("valid");
  });
});
