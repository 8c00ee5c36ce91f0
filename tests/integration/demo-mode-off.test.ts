import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/server/db/client";
import { uniqueEmail } from "../factories";
import { useFreshDatabase } from "../support/fresh-database";

// A server started without LOTSEN_DEMO (`npm start`), on a database of its own so that "empty"
// means empty: no demo data, and demo accounts (passwords in the README) cannot get in.
const PASSWORD = "demo-lots-2026";
let fresh: Awaited<ReturnType<typeof useFreshDatabase>>;
let db: Db;

beforeAll(async () => {
  delete process.env.LOTSEN_DEMO;
  fresh = await useFreshDatabase("demo_off");
  db = await (await import("@/lib/server/db/client")).getDb();
});

afterAll(async () => {
  await db.$disconnect();
  await fresh.drop();
});

async function account(demo: boolean) {
  const { createStaffUser } = await import("@/lib/server/db/factories");
  const email = uniqueEmail(demo ? "demo" : "real");
  const user = await createStaffUser(db, { email, name: "Test", password: PASSWORD, roles: ["ADMIN"], demo });
  return { email, user };
}

describe("outside demo mode", () => {
  it("a first start on an empty database creates no accounts and no demo data", async () => {
    expect(await db.staffUser.count()).toBe(0);
    expect(await db.request.count()).toBe(0);
  });

  it("refuses a demo account's right password, and lets a real account with it in", async () => {
    const { signInWithPassword } = await import("@/lib/server/auth/sign-in");
    const demo = await account(true);
    const real = await account(false);
    expect(await signInWithPassword(db, { email: demo.email, password: PASSWORD, ip: "192.0.2.7" })).toEqual({
      ok: false,
      code: "demo-only",
    });
    expect(await signInWithPassword(db, { email: real.email, password: PASSWORD, ip: "192.0.2.7" })).toEqual({
      ok: true,
      userId: real.user.id,
    });
  });

  it("refuses a demo account through OpenID Connect", async () => {
    const { signInWithOidc } = await import("@/lib/server/auth/oidc-account");
    const demo = await account(true);
    const claims = { sub: `demo-${demo.user.id}`, email: demo.email, email_verified: true };
    expect(await signInWithOidc(db, "https://idp.kommun.test", claims)).toEqual({
      ok: false,
      code: "demo-only",
    });
  });

  it("ends a session a demo account opened in demo mode", async () => {
    const { startStaffSession, validateStaffSession } = await import("@/lib/server/auth/staff-sessions");
    const demo = await account(true);
    const sessionId = await startStaffSession(db, demo.user.id, "password");
    expect((await validateStaffSession(db, sessionId, demo.user.id)).verdict).toBe("demo");
  });
});
