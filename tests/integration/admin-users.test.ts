import { describe, expect, it } from "vitest";
import { inviteSchema } from "@/lib/domain/admin-schemas";
import { startStaffSession, validateStaffSession } from "@/lib/server/auth/staff-sessions";
import { verifyPassword } from "@/lib/server/auth/password";
import { getDb } from "@/lib/server/db/client";
import { createStaffUser } from "@/lib/server/db/factories";
import {
  INVITATION_TTL_MS,
  inviteStaffUser,
  setPasswordWithToken,
  setStaffUserEnabled,
  updateStaffRoles,
  verifyInvitationToken,
} from "@/lib/server/staff/admin-users";
import { uniqueEmail } from "../factories";

async function admin() {
  const db = await getDb();
  return createStaffUser(db, { email: uniqueEmail("admin"), name: "Test Admin", roles: ["ADMIN"] });
}

async function invite(email = uniqueEmail("invited"), now = new Date()) {
  const db = await getDb();
  const by = await admin();
  const input = inviteSchema.parse({ name: "Ny Expert", email, roles: ["EXPERT"], expertKind: "LAWYER" });
  const result = await inviteStaffUser(input, "sv", by.id, now, db);
  if (!result.ok) throw new Error(result.code);
  return { db, by, email, ...result };
}

/** The token in the outbox mail's set-password link. */
async function tokenFromMail(email: string) {
  const db = await getDb();
  const mail = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: email } });
  const link = /https?:\/\/\S+\/staff\/set-password\?token=(\S+)/.exec(mail.textBody);
  expect(link).not.toBeNull();
  return { mail, token: decodeURIComponent(link![1]!) };
}

describe("inviting staff", () => {
  it("creates the user without a password and queues a mail whose link token verifies", async () => {
    const { db, userId, email, token } = await invite();
    const user = await db.staffUser.findUniqueOrThrow({ where: { id: userId } });
    expect(user).toMatchObject({
      email,
      passwordHash: null,
      roles: ["EXPERT"],
      expertKind: "LAWYER",
      disabledAt: null,
    });
    const { mail, token: mailed } = await tokenFromMail(email);
    expect(mail.subject).toBe("Inbjudan till Civilsamhälleslotsen");
    expect(mail.status).toBe("PENDING");
    expect(mailed).toBe(token);
    expect(await verifyInvitationToken(mailed)).toMatchObject({ id: userId, email });
  });

  it("records the invitation in the audit trail, in the same transaction as the account", async () => {
    const { db, by, userId, email } = await invite();
    const trail = await db.auditEvent.findMany({ where: { entity: "staff_user", entityId: userId } });
    expect(trail).toMatchObject([
      {
        actorId: by.id,
        action: "invited",
        changes: {
          email: { from: null, to: email },
          roles: { from: null, to: ["EXPERT"] },
          expertKind: { from: null, to: "LAWYER" },
        },
      },
    ]);
  });

  it("refuses an address that already has an account, without a second mail", async () => {
    const { db, email, by } = await invite();
    const input = inviteSchema.parse({ name: "Igen", email: email.toUpperCase(), roles: ["LOTS"] });
    expect(await inviteStaffUser(input, "sv", by.id, new Date(), db)).toEqual({
      ok: false,
      code: "emailTaken",
    });
    expect(await db.outboxEmail.count({ where: { toAddress: email } })).toBe(1);
  });

  it("validates the invitation form", () => {
    const r = inviteSchema.safeParse({ name: " ", email: "nope", roles: ["EXPERT"], expertKind: "" });
    expect(r.success).toBe(false);
    const codes = Object.fromEntries(r.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(codes).toMatchObject({
      name: "nameRequired",
      email: "emailInvalid",
      expertKind: "expertKindRequired",
    });
    expect(inviteSchema.safeParse({ name: "A", email: "a@b.se" }).error?.issues[0]?.message).toBe(
      "rolesRequired",
    );
    // The expert kind is dropped for anyone who is not an expert.
    expect(
      inviteSchema.parse({ name: "A", email: " A@B.se ", roles: ["LOTS"], expertKind: "LAWYER" }),
    ).toEqual({
      name: "A",
      email: "a@b.se",
      roles: ["LOTS"],
      expertKind: null,
    });
  });
});

describe("setting the password from an invitation", () => {
  it("sets an argon2id hash once; afterwards the token no longer works", async () => {
    const { db, userId, token } = await invite();
    expect(await setPasswordWithToken(token, "password123")).toEqual({ ok: false, code: "common" });
    expect(await setPasswordWithToken(token, "kort")).toEqual({ ok: false, code: "tooShort" });
    expect(await setPasswordWithToken(token, "x".repeat(129))).toEqual({ ok: false, code: "tooLong" });
    expect(await setPasswordWithToken(token, "blå-häst-springer-fort")).toEqual({ ok: true, userId });
    const user = await db.staffUser.findUniqueOrThrow({ where: { id: userId } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash!, "blå-häst-springer-fort")).toBe(true);
    expect(await verifyInvitationToken(token)).toBeNull();
    expect(await setPasswordWithToken(token, "ett-annat-lösenord")).toEqual({
      ok: false,
      code: "invalidToken",
    });
  });

  it("fails after 7 days", async () => {
    const issued = new Date();
    const { token } = await invite(uniqueEmail("late"), issued);
    expect(
      await verifyInvitationToken(token, new Date(issued.getTime() + INVITATION_TTL_MS - 1000)),
    ).not.toBeNull();
    const late = new Date(issued.getTime() + INVITATION_TTL_MS + 1);
    expect(await verifyInvitationToken(token, late)).toBeNull();
    expect(await setPasswordWithToken(token, "blå-häst-springer-fort", late)).toEqual({
      ok: false,
      code: "invalidToken",
    });
  });

  it("refuses forged and tampered tokens", async () => {
    const { token } = await invite();
    const [id, exp, sig] = token.split(".");
    expect(await verifyInvitationToken(`${id}.${Number(exp) + 86_400_000}.${sig}`)).toBeNull();
    expect(await verifyInvitationToken(`${id}.${exp}.${"A".repeat(43)}`)).toBeNull();
    expect(await verifyInvitationToken("garbage")).toBeNull();
  });
});

describe("disabling and roles", () => {
  it("disabling revokes every session at once; an admin cannot disable themself", async () => {
    const db = await getDb();
    const by = await admin();
    const user = await createStaffUser(db, { email: uniqueEmail("lots"), name: "Lots", roles: ["LOTS"] });
    const s1 = await startStaffSession(db, user.id, "password");
    const s2 = await startStaffSession(db, user.id, "oidc");
    expect((await validateStaffSession(db, s1, user.id)).verdict).toBe("valid");

    expect(await setStaffUserEnabled(by.id, by.id, false)).toEqual({ ok: false, code: "self" });
    expect(await setStaffUserEnabled(by.id, user.id, false)).toEqual({ ok: true, revoked: 2 });
    const rows = await db.staffSession.findMany({ where: { userId: user.id } });
    expect(rows.map((r) => r.revokedAt)).toEqual([expect.any(Date), expect.any(Date)]);
    expect((await validateStaffSession(db, s2, user.id)).verdict).toBe("revoked");
    expect((await db.staffUser.findUniqueOrThrow({ where: { id: user.id } })).disabledAt).not.toBeNull();

    expect(await setStaffUserEnabled(by.id, user.id, true)).toEqual({ ok: true, revoked: 0 });
    expect((await db.staffUser.findUniqueOrThrow({ where: { id: user.id } })).disabledAt).toBeNull();

    // Both changes are in the audit trail, under the administrator, with the date before and after.
    const trail = await db.auditEvent.findMany({
      where: { entity: "staff_user", entityId: user.id },
      orderBy: { id: "asc" },
    });
    expect(trail.map((e) => [e.actorId, e.action])).toEqual([
      [by.id, "disabled"],
      [by.id, "enabled"],
    ]);
    expect(trail[0]!.changes).toEqual({ disabledAt: { from: null, to: expect.any(String) } });
    expect(trail[1]!.changes).toEqual({ disabledAt: { from: expect.any(String), to: null } });
    expect(await setStaffUserEnabled(by.id, crypto.randomUUID(), false)).toEqual({
      ok: false,
      code: "notFound",
    });
  });

  it("changes roles, but never an admin's own ADMIN role", async () => {
    const db = await getDb();
    const by = await admin();
    const { userId, token } = await invite();
    expect(await updateStaffRoles(by.id, userId, { roles: ["LOTS"], expertKind: null })).toEqual({
      ok: true,
    });
    expect(await db.staffUser.findUniqueOrThrow({ where: { id: userId } })).toMatchObject({
      roles: ["LOTS"],
      expertKind: null,
    });
    expect(await updateStaffRoles(by.id, by.id, { roles: ["LOTS"], expertKind: null })).toEqual({
      ok: false,
      code: "ownAdmin",
    });
    // Any change to the account ends the invitation too.
    expect(await verifyInvitationToken(token)).toBeNull();
  });

  it("ends the sessions of someone given a role that needs a second factor they have not set up", async () => {
    const db = await getDb();
    const by = await admin();
    const user = await createStaffUser(db, { email: uniqueEmail("lots"), name: "Lots", roles: ["LOTS"] });
    const session = await startStaffSession(db, user.id, "password");
    // A role that needs no second factor leaves the session alone.
    expect(
      await updateStaffRoles(by.id, user.id, { roles: ["LOTS", "EXPERT"], expertKind: "LAWYER" }),
    ).toEqual({
      ok: true,
    });
    expect((await validateStaffSession(db, session, user.id)).verdict).toBe("valid");
    expect(await updateStaffRoles(by.id, user.id, { roles: ["LOTS", "DIRECTOR"], expertKind: null })).toEqual(
      {
        ok: true,
      },
    );
    expect((await validateStaffSession(db, session, user.id)).verdict).toBe("revoked");
  });
});
