import { describe, expect, it } from "vitest";
import { inviteSchema } from "@/lib/domain/admin-schemas";
import { startStaffSession, validateStaffSession } from "@/lib/server/auth/staff-sessions";
import { verifyPassword } from "@/lib/server/auth/password";
import { getDb } from "@/lib/server/db/client";
import { createStaffUser } from "@/lib/server/db/factories";
import { changeOwnPassword, endOwnSessions, listOwnSessions } from "@/lib/server/staff/account";
import { inviteStaffUser, setPasswordWithToken, updateStaffRoles } from "@/lib/server/staff/admin-users";
import { uniqueEmail } from "../factories";

const PASSWORD = "ett-langt-losenord";

async function person(roles: ("ADMIN" | "LOTS")[] = ["LOTS"]) {
  const db = await getDb();
  const user = await createStaffUser(db, {
    email: uniqueEmail("account"),
    name: "Test Person",
    password: PASSWORD,
    roles,
  });
  const sessions = [
    await startStaffSession(db, user.id, "password"),
    await startStaffSession(db, user.id, "oidc"),
    await startStaffSession(db, user.id, "password"),
  ];
  return { db, user, sessions };
}

const verdict = async (sid: string, userId: string) =>
  (await validateStaffSession(await getDb(), sid, userId)).verdict;
const ip = () => `10.1.${Math.floor(Math.random() * 250)}.7`;

describe("own sessions", () => {
  it("lists the open sessions, marks this one, and ends one or all the others (audited)", async () => {
    const { db, user, sessions } = await person();
    const [mine, other, third] = sessions as [string, string, string];
    const listed = await listOwnSessions(db, user.id, mine);
    expect(listed.map((s) => s.id).sort()).toEqual([...sessions].sort());
    expect(listed.find((s) => s.current)?.id).toBe(mine);
    expect(listed.find((s) => s.id === other)?.method).toBe("oidc");

    expect(await endOwnSessions(db, user.id, { only: other })).toBe(1);
    expect(await verdict(other, user.id)).toBe("revoked");
    // Someone else's session is not theirs to end.
    const stranger = await person();
    expect(await endOwnSessions(db, user.id, { only: stranger.sessions[0]! })).toBe(0);
    expect(await verdict(stranger.sessions[0]!, stranger.user.id)).toBe("valid");

    expect(await endOwnSessions(db, user.id, { allBut: mine })).toBe(1);
    expect(await verdict(third, user.id)).toBe("revoked");
    expect(await verdict(mine, user.id)).toBe("valid");
    expect((await listOwnSessions(db, user.id, mine)).map((s) => s.id)).toEqual([mine]);
    const ended = await db.auditEvent.findMany({
      where: { entity: "staff_session", actorId: user.id, action: "ended" },
    });
    expect(ended.map((a) => a.entityId).sort()).toEqual([other, third].sort());
  });
});

describe("changing one's password", () => {
  it("needs the current password, follows the policy, and ends every other session", async () => {
    const { db, user, sessions } = await person();
    const [mine, ...others] = sessions as [string, string, string];
    const base = { userId: user.id, sessionId: mine, ip: ip() };
    expect(
      await changeOwnPassword(db, {
        ...base,
        current: "fel",
        password: "ett-nytt-losenord",
        confirm: "ett-nytt-losenord",
      }),
    ).toEqual({
      ok: false,
      code: "wrongPassword",
    });
    expect(
      await changeOwnPassword(db, { ...base, current: PASSWORD, password: "kort", confirm: "kort" }),
    ).toEqual({
      ok: false,
      code: "tooShort",
    });
    expect(
      await changeOwnPassword(db, {
        ...base,
        current: PASSWORD,
        password: "ett-nytt-losenord",
        confirm: "annat",
      }),
    ).toEqual({
      ok: false,
      code: "mismatch",
    });
    for (const sid of sessions) expect(await verdict(sid, user.id)).toBe("valid");

    expect(
      await changeOwnPassword(db, {
        ...base,
        current: PASSWORD,
        password: "ett-nytt-losenord",
        confirm: "ett-nytt-losenord",
      }),
    ).toEqual({
      ok: true,
      ended: 2,
    });
    for (const sid of others) expect(await verdict(sid, user.id)).toBe("revoked");
    expect(await verdict(mine, user.id)).toBe("valid");
    const row = await db.staffUser.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(row.passwordHash!, "ett-nytt-losenord")).toBe(true);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entity: "staff_user", entityId: user.id, action: "password_changed" },
    });
    expect(JSON.stringify(audit.changes)).not.toContain("argon2");
  });

  it("counts wrong current passwords in the sign-in limits", async () => {
    const { db, user, sessions } = await person();
    const from = ip();
    const input = {
      userId: user.id,
      sessionId: sessions[0]!,
      ip: from,
      password: "ett-nytt-losenord",
      confirm: "ett-nytt-losenord",
    };
    for (let i = 0; i < 5; i++)
      expect((await changeOwnPassword(db, { ...input, current: "fel" })).ok).toBe(false);
    expect(await changeOwnPassword(db, { ...input, current: PASSWORD })).toMatchObject({
      ok: false,
      code: "rateLimited",
    });
  });

  it("setting a password from an invitation ends every session of the account", async () => {
    const db = await getDb();
    const by = await createStaffUser(db, { email: uniqueEmail("admin"), name: "Admin", roles: ["ADMIN"] });
    const input = inviteSchema.parse({ name: "Ny", email: uniqueEmail("invited"), roles: ["LOTS"] });
    const invited = await inviteStaffUser(input, "sv", by.id, new Date(), db);
    if (!invited.ok) throw new Error(invited.code);
    const sid = await startStaffSession(db, invited.userId, "oidc");
    expect(await setPasswordWithToken(invited.token, "ett-nytt-losenord")).toEqual({
      ok: true,
      userId: invited.userId,
    });
    expect(await verdict(sid, invited.userId)).toBe("revoked");
    expect(
      await db.auditEvent.count({
        where: { entity: "staff_user", entityId: invited.userId, action: "password_set" },
      }),
    ).toBe(1);
  });
});

describe("roles", () => {
  it("an administrator cannot give themself a role, but may drop one and change a colleague's (audited)", async () => {
    const { db, user: admin } = await person(["ADMIN", "LOTS"]);
    const colleague = (await person()).user;
    expect(
      await updateStaffRoles(admin.id, admin.id, { roles: ["ADMIN", "LOTS", "DIRECTOR"], expertKind: null }),
    ).toEqual({
      ok: false,
      code: "selfGrant",
    });
    expect((await db.staffUser.findUniqueOrThrow({ where: { id: admin.id } })).roles).toEqual([
      "ADMIN",
      "LOTS",
    ]);
    expect(await updateStaffRoles(admin.id, admin.id, { roles: ["ADMIN"], expertKind: null })).toEqual({
      ok: true,
    });
    expect(
      await updateStaffRoles(admin.id, admin.id, { roles: ["ADMIN", "LOTS"], expertKind: null }),
    ).toEqual({
      ok: false,
      code: "selfGrant",
    });
    expect(
      await updateStaffRoles(admin.id, colleague.id, { roles: ["LOTS", "DIRECTOR"], expertKind: null }),
    ).toEqual({ ok: true });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entity: "staff_user", entityId: colleague.id, action: "roles_changed" },
    });
    expect(audit).toMatchObject({
      actorId: admin.id,
      changes: { roles: { from: ["LOTS"], to: ["LOTS", "DIRECTOR"] } },
    });
  });
});
