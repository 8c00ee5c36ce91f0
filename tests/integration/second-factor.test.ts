import { describe, expect, it } from "vitest";
import { base32Decode, totp } from "@/lib/domain/totp";
import {
  beginSetup,
  regenerateRecoveryCodes,
  resetSecondFactor,
  secondFactorStatus,
  setupSecret,
} from "@/lib/server/auth/second-factor";
import { prunePendingSignIns, readPendingSignIn } from "@/lib/server/auth/pending-sign-in";
import { afterPassword, confirmPendingSetup, verifyPendingCode } from "@/lib/server/auth/second-step";
import { getSecuritySettings, saveSecuritySettings } from "@/lib/server/auth/security-settings";
import { SIGNIN_LIMITS } from "@/lib/server/auth/sign-in";
import { startStaffSession, validateStaffSession } from "@/lib/server/auth/staff-sessions";
import { getDb } from "@/lib/server/db/client";
import { createStaffUser } from "@/lib/server/db/factories";
import { uniqueEmail } from "../factories";

// Near the real time: a sign-in waits for its code for ten minutes from when it started.
const T0 = new Date(Math.floor(Date.now() / 30_000) * 30_000);
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const ip = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.1`;

async function user(roles: ("ADMIN" | "LOTS" | "DIRECTOR")[] = ["DIRECTOR"], demo = false) {
  const db = await getDb();
  return {
    db,
    user: await createStaffUser(db, {
      email: uniqueEmail("mfa"),
      name: "Test Person",
      password: "ett-langt-losenord",
      roles,
      demo,
    }),
  };
}

const audits = async (userId: string) =>
  (
    await (
      await getDb()
    ).auditEvent.findMany({ where: { entity: "second_factor", entityId: userId }, orderBy: { id: "asc" } })
  ).map((a) => a.action);

/** Signs in with the password step done: enrols (reading the secret as the page shows it). */
async function enrolled(roles: ("ADMIN" | "LOTS" | "DIRECTOR")[] = ["DIRECTOR"]) {
  const { db, user: u } = await user(roles);
  const step = await afterPassword(db, u.id, "/staff/cases");
  if (step.next !== "setup") throw new Error(`expected setup, got ${step.next}`);
  const shown = await setupSecret(db, u.id, "Lotsen");
  const secret = base32Decode(shown!.secret);
  const done = await confirmPendingSetup(db, {
    token: step.token,
    code: totp(secret, T0),
    ip: ip(),
    now: T0,
  });
  if (!done.ok) throw new Error(done.code);
  return { db, user: u, secret, codes: done.codes };
}

async function pendingVerify(db: Awaited<ReturnType<typeof getDb>>, userId: string) {
  const step = await afterPassword(db, userId, "/staff");
  if (step.next !== "verify") throw new Error(`expected verify, got ${step.next}`);
  return step.token;
}

/** A new sign-in of `userId` waits at the code step, where `code` is typed at `now` from `from`. */
async function typeCode(
  db: Awaited<ReturnType<typeof getDb>>,
  userId: string,
  code: string,
  now: Date,
  from = ip(),
) {
  return verifyPendingCode(db, { token: await pendingVerify(db, userId), code, ip: from, now });
}

describe("second factor", () => {
  it("is required for decision makers and administrators, not for a lots unless turned on for everyone", async () => {
    const { db, user: lots } = await user(["LOTS"]);
    expect((await afterPassword(db, lots.id, "/staff")).next).toBe("session");
    expect((await afterPassword(db, (await user(["ADMIN"])).user.id, "/staff")).next).toBe("setup");
    // A demo account outside demo mode (LOTSEN_DEMO is off in the tests) is not exempt.
    expect((await afterPassword(db, (await user(["DIRECTOR"], true)).user.id, "/staff")).next).toBe("setup");

    const admin = (await user(["ADMIN"])).user;
    const before = await getSecuritySettings(db);
    // Turning it on ends the open password sessions of those without a factor, not OIDC sessions.
    const passwordSession = await startStaffSession(db, lots.id, "password");
    const oidcSession = await startStaffSession(db, lots.id, "oidc");
    try {
      expect(await saveSecuritySettings(db, admin.id, { secondFactorForEveryone: true })).toBeGreaterThan(0);
      const open = await db.staffSession.findMany({
        where: { id: { in: [passwordSession, oidcSession] }, revokedAt: null },
        select: { id: true },
      });
      expect(open.map((s) => s.id)).toEqual([oidcSession]);
      expect((await afterPassword(db, lots.id, "/staff")).next).toBe("setup");
      const audit = await db.auditEvent.findFirst({
        where: { entity: "setting", entityId: "security", actorId: admin.id },
      });
      expect(audit?.changes).toEqual({
        secondFactorForEveryone: { from: before.secondFactorForEveryone, to: true },
      });
    } finally {
      await saveSecuritySettings(db, admin.id, before);
    }
  });

  it("enrols with a QR code's secret and a first code, and gives ten recovery codes", async () => {
    const { db, user: u, codes } = await enrolled();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$/);
    expect(await secondFactorStatus(db, u.id)).toEqual({ enrolled: true, recoveryCodesLeft: 10 });
    // Only hashes are stored, the secret only encrypted.
    const stored = await db.staffRecoveryCode.findMany({ where: { userId: u.id } });
    expect(stored.map((r) => r.codeHash)).not.toContain(codes[0]!.replaceAll("-", ""));
    const factor = await db.staffSecondFactor.findUniqueOrThrow({ where: { userId: u.id } });
    expect(factor.secret).toMatch(/^v1\./);
    expect(await audits(u.id)).toEqual(["setup_started", "enrolled"]);
    // Enrolled: next time the code is asked for, and setup is not offered again.
    expect(await beginSetup(db, u.id)).toBe("enrolled");
    expect((await afterPassword(db, u.id, "/staff")).next).toBe("verify");
  });

  it("refuses a wrong first code and keeps the person unenrolled", async () => {
    const { db, user: u } = await user(["ADMIN"]);
    const step = await afterPassword(db, u.id, "/staff");
    if (step.next !== "setup") throw new Error("expected setup");
    const result = await confirmPendingSetup(db, { token: step.token, code: "000000", ip: ip(), now: T0 });
    expect(result).toEqual({ ok: false, code: "wrong" });
    expect(await secondFactorStatus(db, u.id)).toEqual({ enrolled: false, recoveryCodesLeft: 0 });
    // A wrong token is an ended wait, not a check.
    expect(await confirmPendingSetup(db, { token: "nope", code: "000000", ip: ip(), now: T0 })).toEqual({
      ok: false,
      code: "expired",
    });
  });

  it("signs in with a code once: the same code, or an older one, is refused afterwards", async () => {
    const { db, user: u, secret } = await enrolled();
    const code = totp(secret, at(60));
    const first = await typeCode(db, u.id, code, at(60));
    expect(first).toMatchObject({ ok: true, userId: u.id, callbackUrl: "/staff", method: "totp" });
    const again = await typeCode(db, u.id, code, at(61));
    expect(again).toEqual({ ok: false, code: "wrong" });
    const older = totp(secret, at(30));
    expect(await typeCode(db, u.id, older, at(61))).toEqual({
      ok: false,
      code: "wrong",
    });
    // Two posts of one code at the same moment: one succeeds.
    const next = totp(secret, at(90));
    const tokens = [await pendingVerify(db, u.id)];
    const results = await Promise.all(
      tokens
        .concat(tokens)
        .map((token) => verifyPendingCode(db, { token, code: next, ip: ip(), now: at(90) })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it("spends the wait: a finished or expired sign-in cannot be used again", async () => {
    const { db, user: u, secret } = await enrolled();
    const token = await pendingVerify(db, u.id);
    expect(
      (await verifyPendingCode(db, { token, code: totp(secret, at(60)), ip: ip(), now: at(60) })).ok,
    ).toBe(true);
    expect(await verifyPendingCode(db, { token, code: totp(secret, at(90)), ip: ip(), now: at(90) })).toEqual(
      { ok: false, code: "expired" },
    );
    const late = await pendingVerify(db, u.id);
    const later = new Date(Date.now() + 11 * 60_000);
    expect(
      await verifyPendingCode(db, { token: late, code: totp(secret, later), ip: ip(), now: later }),
    ).toEqual({
      ok: false,
      code: "expired",
    });
  });

  it("accepts each recovery code once, audited", async () => {
    const { db, user: u, codes, secret } = await enrolled();
    const typed = codes[3]!.toUpperCase().replaceAll("-", " ");
    const first = await typeCode(db, u.id, typed, at(60));
    expect(first).toMatchObject({ ok: true, method: "recovery" });
    const again = await typeCode(db, u.id, codes[3]!, at(60));
    expect(again).toEqual({ ok: false, code: "wrong" });
    expect(await secondFactorStatus(db, u.id)).toEqual({ enrolled: true, recoveryCodesLeft: 9 });
    expect(await audits(u.id)).toContain("recovery_code_used");
    // New codes need a code from the app (not a recovery code, not one already used), and replace
    // all the old ones.
    expect(await regenerateRecoveryCodes(db, u.id, codes[5]!)).toEqual({ ok: false, code: "codeWrong" });
    expect(await regenerateRecoveryCodes(db, u.id, totp(secret, T0), at(5))).toEqual({
      ok: false,
      code: "codeWrong",
    });
    const fresh = await regenerateRecoveryCodes(db, u.id, totp(secret, at(90)), at(90));
    expect(fresh.ok && fresh.codes).toHaveLength(10);
    const replay = await regenerateRecoveryCodes(db, u.id, totp(secret, at(90)), at(90));
    expect(replay).toEqual({ ok: false, code: "codeWrong" });
    const old = await typeCode(db, u.id, codes[4]!, at(60));
    expect(old).toEqual({ ok: false, code: "wrong" });
    expect(await audits(u.id)).toContain("recovery_codes_regenerated");
  });

  it("counts wrong codes in the sign-in limits", async () => {
    const { db, user: u, secret } = await enrolled();
    const from = ip();
    const limit = SIGNIN_LIMITS.accountFromIp.limit;
    for (let i = 0; i < limit; i++) {
      const r = await typeCode(db, u.id, "000000", at(60), from);
      expect(r).toEqual({ ok: false, code: "wrong" });
    }
    // Now even the right code is not checked from that address, until the window ends.
    const refused = await typeCode(db, u.id, totp(secret, at(60)), at(60), from);
    expect(refused).toMatchObject({ ok: false, code: "rate-limited" });
    // From another address the person still gets in.
    const ok = await typeCode(db, u.id, totp(secret, at(60)), at(60));
    expect(ok.ok).toBe(true);
  });

  it("an administrator resets a colleague's factor (audited, sessions end), never their own", async () => {
    const { db, user: u } = await enrolled(["DIRECTOR"]);
    const admin = (await user(["ADMIN"])).user;
    const sid = await startStaffSession(db, u.id, "password");
    expect(await resetSecondFactor(db, admin.id, admin.id)).toEqual({ ok: false, code: "self" });
    expect(await resetSecondFactor(db, admin.id, u.id)).toEqual({ ok: true });
    expect(await resetSecondFactor(db, admin.id, u.id)).toEqual({ ok: false, code: "notFound" });
    expect(await secondFactorStatus(db, u.id)).toEqual({ enrolled: false, recoveryCodesLeft: 0 });
    expect((await validateStaffSession(db, sid, u.id)).verdict).toBe("revoked");
    const row = await db.auditEvent.findFirst({
      where: { entity: "second_factor", entityId: u.id, action: "reset" },
    });
    expect(row).toMatchObject({ actorType: "STAFF", actorId: admin.id });
    // At the next sign-in they set up a new factor.
    expect((await afterPassword(db, u.id, "/staff")).next).toBe("setup");
  });
});

describe("waiting sign-ins", () => {
  it("are deleted by maintenance once spent or expired, and kept while they may still be used", async () => {
    const { db, user: u, secret } = await enrolled();
    const spent = await pendingVerify(db, u.id);
    await verifyPendingCode(db, { token: spent, code: totp(secret, at(60)), ip: ip(), now: at(60) });
    const open = await pendingVerify(db, u.id);
    expect(await db.staffPendingSignIn.count({ where: { userId: u.id } })).toBe(1);
    await prunePendingSignIns(db, new Date());
    expect(await readPendingSignIn(db, open)).not.toBeNull();
    await prunePendingSignIns(db, new Date(Date.now() + 11 * 60_000));
    expect(await db.staffPendingSignIn.count({ where: { userId: u.id } })).toBe(0);
  });
});
