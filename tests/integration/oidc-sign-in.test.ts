import { beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_SIGN_IN_POLICY, type SignInPolicy } from "@/lib/domain/oidc-sign-in";
import { signInWithOidc, staffUserByOidcBinding } from "@/lib/server/auth/oidc-account";
import { signInWithPassword } from "@/lib/server/auth/sign-in";
import { getSignInPolicy, saveSignInPolicy, SIGN_IN_POLICY_KEY } from "@/lib/server/auth/sign-in-policy";
import { startStaffSession } from "@/lib/server/auth/staff-sessions";
import { getDb } from "@/lib/server/db/client";
import { createStaffUser } from "@/lib/server/db/factories";
import { unique, uniqueEmail } from "../factories";

// OpenID Connect is configured for this file only (each test file has its own environment; env() reads
// it on first use). The sign-in policy is one row, so every test sets the policy it needs first.
process.env.OIDC_ISSUER = "https://login.kommun.test";
process.env.OIDC_CLIENT_ID = "lotsen";
process.env.OIDC_CLIENT_SECRET = "integration-secret";
process.env.OIDC_ROLE_CLAIM = "groups";
const ISSUER = "https://login.kommun.test";
const PASSWORD = "en lång och ovanlig fras";

async function staff(roles: ("LOTS" | "DIRECTOR" | "ADMIN" | "EXPERT")[] = ["LOTS"]) {
  const db = await getDb();
  const email = uniqueEmail("oidc");
  const user = await createStaffUser(db, {
    email,
    name: "Test",
    password: PASSWORD,
    roles,
    expertKind: undefined,
  });
  return { db, email, user };
}

async function setPolicy(policy: SignInPolicy, updatedById: string | null = null) {
  const db = await getDb();
  await db.setting.upsert({
    where: { key: SIGN_IN_POLICY_KEY },
    update: { value: policy, updatedById },
    create: { key: SIGN_IN_POLICY_KEY, value: policy, updatedById },
  });
}

const audits = async (entityId: string, action: string) =>
  (await getDb()).auditEvent.findMany({ where: { entityId, action }, orderBy: { createdAt: "asc" } });

beforeEach(() => setPolicy(DEFAULT_SIGN_IN_POLICY));

describe("first sign-in", () => {
  it("matches a verified email and binds the account to issuer and subject", async () => {
    const { db, email, user } = await staff();
    const sub = `sub-${unique()}`;
    expect(
      await signInWithOidc(db, ISSUER, { sub, email: email.toUpperCase(), email_verified: true }),
    ).toEqual({
      ok: true,
      userId: user.id,
    });
    const row = await db.staffUser.findUniqueOrThrow({ where: { id: user.id } });
    expect([row.oidcIssuer, row.oidcSubject]).toEqual([ISSUER, sub]);
    expect(await staffUserByOidcBinding(db, ISSUER, sub)).toBe(user.id);
    const [bound] = await audits(user.id, "oidc_bound");
    expect(bound).toMatchObject({
      actorType: "SYSTEM",
      entity: "staff_user",
      changes: { oidcSubject: { to: sub } },
    });
  });

  it("does not match by an email the provider has not verified", async () => {
    const { db, email, user } = await staff();
    for (const email_verified of [false, undefined, "true"]) {
      const result = await signInWithOidc(db, ISSUER, { sub: `sub-${unique()}`, email, email_verified });
      expect(result).toEqual({ ok: false, code: "unverified-email" });
    }
    expect((await db.staffUser.findUniqueOrThrow({ where: { id: user.id } })).oidcSubject).toBeNull();
  });

  it("refuses an unknown address, a missing subject and a disabled account", async () => {
    const { db, email, user } = await staff();
    const stranger = { sub: `sub-${unique()}`, email: uniqueEmail("stranger"), email_verified: true };
    expect(await signInWithOidc(db, ISSUER, stranger)).toEqual({ ok: false, code: "unknown-account" });
    expect(await signInWithOidc(db, ISSUER, { email, email_verified: true })).toEqual({
      ok: false,
      code: "unknown-account",
    });
    await db.staffUser.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await signInWithOidc(db, ISSUER, { sub: `sub-${unique()}`, email, email_verified: true })).toEqual(
      {
        ok: false,
        code: "disabled",
      },
    );
  });
});

describe("two first sign-ins at once", () => {
  it("bind the account once: the other identity is refused", async () => {
    const { db, email, user } = await staff();
    const subs = [`sub-${unique()}`, `sub-${unique()}`];
    const results = await Promise.all(
      subs.map((sub) => signInWithOidc(db, ISSUER, { sub, email, email_verified: true })),
    );
    expect(results.filter((r) => r.ok)).toEqual([{ ok: true, userId: user.id }]);
    expect(results.filter((r) => !r.ok)).toHaveLength(1);
    const row = await db.staffUser.findUniqueOrThrow({ where: { id: user.id } });
    const winner = subs[results.findIndex((r) => r.ok)];
    expect(row.oidcSubject).toBe(winner);
    expect(await audits(user.id, "oidc_bound")).toHaveLength(1);
  });
});

describe("later sign-ins", () => {
  it("match on the binding only: a changed email keeps the account and is stored", async () => {
    const { db, email, user } = await staff();
    const sub = `sub-${unique()}`;
    await signInWithOidc(db, ISSUER, { sub, email, email_verified: true });
    const renamed = uniqueEmail("renamed");
    expect(await signInWithOidc(db, ISSUER, { sub, email: renamed, email_verified: true })).toEqual({
      ok: true,
      userId: user.id,
    });
    expect((await db.staffUser.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(renamed);
    const [changed] = await audits(user.id, "email_updated_from_oidc");
    expect(changed?.changes).toEqual({ email: { from: email, to: renamed } });

    // An unverified new address still signs in by the binding, but is not stored.
    const unverified = uniqueEmail("unverified");
    expect((await signInWithOidc(db, ISSUER, { sub, email: unverified, email_verified: false })).ok).toBe(
      true,
    );
    expect((await db.staffUser.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(renamed);
  });

  it("never match an identity by email when the account is bound to another one", async () => {
    const a = await staff();
    const b = await staff();
    const subA = `sub-${unique()}`;
    await signInWithOidc(a.db, ISSUER, { sub: subA, email: a.email, email_verified: true });
    // Another provider account claiming A's address is not A.
    expect(
      await signInWithOidc(a.db, ISSUER, { sub: `sub-${unique()}`, email: a.email, email_verified: true }),
    ).toEqual({ ok: false, code: "bound-elsewhere" });
    // A's provider account now saying B's address is still A, and B's address stays B's.
    expect(await signInWithOidc(a.db, ISSUER, { sub: subA, email: b.email, email_verified: true })).toEqual({
      ok: true,
      userId: a.user.id,
    });
    expect((await a.db.staffUser.findUniqueOrThrow({ where: { id: a.user.id } })).email).toBe(a.email);
    expect((await a.db.staffUser.findUniqueOrThrow({ where: { id: b.user.id } })).oidcSubject).toBeNull();
    // The same subject at another issuer is another identity.
    expect(await staffUserByOidcBinding(a.db, "https://other.test", subA)).toBeNull();
  });

  it("refuse a bound account once it is disabled", async () => {
    const { db, email, user } = await staff();
    const sub = `sub-${unique()}`;
    await signInWithOidc(db, ISSUER, { sub, email, email_verified: true });
    await db.staffUser.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await signInWithOidc(db, ISSUER, { sub, email, email_verified: true })).toEqual({
      ok: false,
      code: "disabled",
    });
    expect(await staffUserByOidcBinding(db, ISSUER, sub)).toBeNull();
  });
});

describe("roles from the role claim", () => {
  it("follow the claim for mapped roles, leave the others, and are audited", async () => {
    await setPolicy({
      ...DEFAULT_SIGN_IN_POLICY,
      roleClaimMap: {
        ...DEFAULT_SIGN_IN_POLICY.roleClaimMap,
        LOTS: ["lotsar"],
        ADMIN: ["it-admins", "lotsen-admins"],
      },
    });
    const { db, email, user } = await staff(["LOTS", "DIRECTOR"]);
    const sub = `sub-${unique()}`;
    const claims = (groups?: unknown) => ({
      sub,
      email,
      email_verified: true,
      ...(groups === undefined ? {} : { groups }),
    });
    const roles = async () => (await db.staffUser.findUniqueOrThrow({ where: { id: user.id } })).roles;

    expect((await signInWithOidc(db, ISSUER, claims(["lotsen-admins", "other"]))).ok).toBe(true);
    expect(await roles()).toEqual(["DIRECTOR", "ADMIN"]);
    const [synced] = await audits(user.id, "roles_updated_from_oidc");
    expect(synced).toMatchObject({
      actorType: "SYSTEM",
      changes: { roles: { from: ["LOTS", "DIRECTOR"], to: ["DIRECTOR", "ADMIN"] } },
    });

    // No claim in the token: nothing is taken away. A single string counts as one value.
    await signInWithOidc(db, ISSUER, claims());
    expect(await roles()).toEqual(["DIRECTOR", "ADMIN"]);
    await signInWithOidc(db, ISSUER, claims("lotsar"));
    expect(await roles()).toEqual(["LOTS", "DIRECTOR"]);
    expect(await audits(user.id, "roles_updated_from_oidc")).toHaveLength(2);
  });

  it("never give the administrator who saved the mapping a role they did not hold", async () => {
    const { db, email, user } = await staff(["ADMIN", "LOTS"]);
    await setPolicy(
      {
        ...DEFAULT_SIGN_IN_POLICY,
        roleClaimMap: { ...DEFAULT_SIGN_IN_POLICY.roleClaimMap, DIRECTOR: ["alla"], LOTS: ["lotsar"] },
      },
      user.id,
    );
    const claims = { sub: `sub-${unique()}`, email, email_verified: true, groups: ["alla"] };
    expect((await signInWithOidc(db, ISSUER, claims)).ok).toBe(true);
    // DIRECTOR is not granted to the mapping's author; LOTS, which the claim no longer carries, is removed.
    expect((await db.staffUser.findUniqueOrThrow({ where: { id: user.id } })).roles).toEqual(["ADMIN"]);
  });

  it("never create an account", async () => {
    await setPolicy({
      ...DEFAULT_SIGN_IN_POLICY,
      roleClaimMap: { ...DEFAULT_SIGN_IN_POLICY.roleClaimMap, LOTS: ["lotsar"] },
    });
    const db = await getDb();
    const email = uniqueEmail("newcomer");
    const result = await signInWithOidc(db, ISSUER, {
      sub: `sub-${unique()}`,
      email,
      email_verified: true,
      groups: ["lotsar"],
    });
    expect(result).toEqual({ ok: false, code: "unknown-account" });
    expect(await db.staffUser.findUnique({ where: { email } })).toBeNull();
  });
});

describe("password sign-in off", () => {
  it("is refused unless the administrator's own session came through OpenID Connect, then holds", async () => {
    const { db, email, user } = await staff(["ADMIN"]);
    const off = { ...DEFAULT_SIGN_IN_POLICY, passwordSignIn: false };
    const passwordSession = await startStaffSession(db, user.id, "password");
    expect(await saveSignInPolicy(db, off, { userId: user.id, sessionId: passwordSession })).toEqual({
      ok: false,
      code: "needsOidcSession",
    });
    expect((await getSignInPolicy(db)).passwordSignIn).toBe(true);

    const oidcSession = await startStaffSession(db, user.id, "oidc");
    expect(await saveSignInPolicy(db, off, { userId: user.id, sessionId: oidcSession })).toEqual({
      ok: true,
    });
    // Open password sessions end with the choice; the OpenID Connect session goes on.
    const sessions = await db.staffSession.findMany({
      where: { id: { in: [passwordSession, oidcSession] } },
      select: { id: true, revokedAt: true },
    });
    expect(sessions.find((s) => s.id === passwordSession)?.revokedAt).not.toBeNull();
    expect(sessions.find((s) => s.id === oidcSession)?.revokedAt).toBeNull();
    const [audit] = (await audits(SIGN_IN_POLICY_KEY, "updated")).filter((a) => a.actorId === user.id);
    expect(audit).toMatchObject({
      entity: "setting",
      changes: { passwordSignIn: { from: true, to: false } },
    });

    const ip = `198.51.100.${unique()}`;
    expect(await signInWithPassword(db, { email, password: PASSWORD, ip })).toEqual({
      ok: false,
      code: "password-off",
    });
    // Turning it on again needs no OpenID Connect session.
    expect(
      await saveSignInPolicy(db, DEFAULT_SIGN_IN_POLICY, { userId: user.id, sessionId: passwordSession }),
    ).toEqual({ ok: true });
    expect((await signInWithPassword(db, { email, password: PASSWORD, ip })).ok).toBe(true);
  });
});
