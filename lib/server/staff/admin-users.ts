import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import type { ExpertKindName, InviteInput, RolesInput } from "@/lib/domain/admin-schemas";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/routing";
import { authSecret } from "../auth/config";
import { checkNewPassword, type PasswordCheck } from "../auth/password-policy";
import { hashPassword } from "../auth/password";
import { revokeUserSessions } from "../auth/staff-sessions";
import { changedFields } from "@/lib/domain/audit";
import { recordAudit, staffActor } from "../audit/record";
import { secondFactorRequired } from "@/lib/domain/second-factor";
import { getSecuritySettings } from "../auth/security-settings";
import { env } from "../env";
import { endSessionsIn } from "./account";
import { getDb, type Db } from "../db/client";
import { logger } from "../log";
import { enqueueEmail } from "../mail/outbox";
import { getSettings } from "../settings";
import { absoluteUrl, pagePath } from "../urls";
import type { FailureCode, Result } from "@/lib/domain/result";

// Administration of staff accounts. An invitation creates the account without a password and mails
// a link holding a signed, expiring token: HMAC-SHA256 over the user id, the expiry and the account's
// updatedAt. Nothing is stored; setting the password (or any other change to the account) moves
// updatedAt, so the link works once and dies with any later change.

export const INVITATION_TTL_MS = 7 * 24 * 3_600_000;

export interface StaffUserRow {
  id: string;
  name: string;
  email: string;
  roles: InviteInput["roles"];
  expertKind: ExpertKindName | null;
  disabledAt: Date | null;
  hasPassword: boolean;
  hasSecondFactor: boolean;
}

export async function listStaffUsers(db?: Db): Promise<StaffUserRow[]> {
  const rows = await (db ?? (await getDb())).staffUser.findMany({
    orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      roles: true,
      expertKind: true,
      disabledAt: true,
      passwordHash: true,
      secondFactor: { select: { confirmedAt: true } },
    },
  });
  return rows.map(({ passwordHash, secondFactor, ...u }) => ({
    ...u,
    hasPassword: passwordHash !== null,
    hasSecondFactor: !!secondFactor?.confirmedAt,
  }));
}

// ---- invitation tokens ------------------------------------------------------------------------

function signature(userId: string, expiresAt: number, updatedAt: Date): Buffer {
  // Domain-separated from next-auth's own use of the secret.
  return createHmac("sha256", `lotsen-staff-invitation:${authSecret()}`)
    .update(`${userId}.${expiresAt}.${updatedAt.getTime()}`)
    .digest();
}

/** `<userId>.<expiresAt ms>.<base64url HMAC>`: URL-safe, so it travels in a query string as it is. */
export function invitationToken(user: { id: string; updatedAt: Date }, expiresAt: number): string {
  return `${user.id}.${expiresAt}.${signature(user.id, expiresAt, user.updatedAt).toString("base64url")}`;
}

const TOKEN = /^([0-9a-f-]{36})\.(\d{13})\.([A-Za-z0-9_-]{43})$/;

/** The account a token was issued for, or null when it is malformed, forged, expired or used. */
export async function verifyInvitationToken(
  token: string,
  now = new Date(),
  db?: Db,
): Promise<{ id: string; name: string; email: string; updatedAt: Date } | null> {
  const m = TOKEN.exec(token);
  if (!m) return null;
  const [, userId = "", exp = "", sig = ""] = m;
  const expiresAt = Number(exp);
  if (expiresAt <= now.getTime()) return null;
  const user = await (db ?? (await getDb())).staffUser.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, updatedAt: true, disabledAt: true },
  });
  if (!user || user.disabledAt) return null;
  const expected = signature(user.id, expiresAt, user.updatedAt);
  const given = Buffer.from(sig, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { id: user.id, name: user.name, email: user.email, updatedAt: user.updatedAt };
}

export function setPasswordUrl(locale: Locale, token: string): string {
  return absoluteUrl(`${pagePath(locale, "/staff/set-password")}?token=${encodeURIComponent(token)}`);
}

export function invitationEmail(
  locale: Locale,
  name: string,
  link: string,
  expiresAt: Date,
  municipality: string,
) {
  const date = new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Europe/Stockholm",
  }).format(expiresAt);
  // The text is the administrators' to edit (email kind staffInvitation).
  return {
    template: { kind: "staffInvitation" as const, locale, values: { name, link, date, municipality } },
  };
}

// ---- actions ----------------------------------------------------------------------------------

export type InviteResult = Result<{ userId: string; token: string }, "emailTaken">;

/** Creates the account (no password) and queues the invitation mail in the same transaction. */
export async function inviteStaffUser(
  input: InviteInput,
  locale: Locale,
  invitedById: string,
  now = new Date(),
  db?: Db,
): Promise<InviteResult> {
  const conn = db ?? (await getDb());
  const expiresAt = now.getTime() + INVITATION_TTL_MS;
  if (await conn.staffUser.findUnique({ where: { email: input.email }, select: { id: true } })) {
    return { ok: false, code: "emailTaken" };
  }
  // Read before the transaction: the embedded database runs one query at a time.
  const { municipalityName } = await getSettings();
  try {
    const result = await conn.$transaction(async (tx) => {
      const user = await tx.staffUser.create({
        data: { name: input.name, email: input.email, roles: input.roles, expertKind: input.expertKind },
        select: { id: true, updatedAt: true },
      });
      await recordAudit(tx, {
        actor: staffActor(invitedById),
        entity: "staff_user",
        entityId: user.id,
        action: "invited",
        changes: changedFields(null, {
          name: input.name,
          email: input.email,
          roles: input.roles,
          expertKind: input.expertKind ?? null,
        }),
      });
      const token = invitationToken(user, expiresAt);
      await enqueueEmail(tx, {
        to: input.email,
        ...invitationEmail(
          locale,
          input.name,
          setPasswordUrl(locale, token),
          new Date(expiresAt),
          municipalityName,
        ),
      });
      return { userId: user.id, token };
    });
    logger.info({ event: "staff-invited", userId: result.userId, by: invitedById }, "staff member invited");
    return { ok: true, ...result };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, code: "emailTaken" };
    }
    throw error;
  }
}

export type EnableResult = Result<{ revoked: number }, "self" | "notFound">;

/**
 * Disables (ending every session at once) or enables an account. No one disables themself, so
 * there is always an administrator left who can undo it.
 */
export async function setStaffUserEnabled(
  actorId: string,
  userId: string,
  enabled: boolean,
  now = new Date(),
  db?: Db,
): Promise<EnableResult> {
  if (!enabled && actorId === userId) return { ok: false, code: "self" };
  const conn = db ?? (await getDb());
  const result = await conn.$transaction(async (tx) => {
    const before = await tx.staffUser.findUnique({ where: { id: userId }, select: { disabledAt: true } });
    if (!before) return null;
    const after = { disabledAt: enabled ? null : now };
    await tx.staffUser.update({ where: { id: userId }, data: after });
    await recordAudit(tx, {
      actor: staffActor(actorId),
      entity: "staff_user",
      entityId: userId,
      action: enabled ? "enabled" : "disabled",
      changes: changedFields(before, after),
    });
    // The disabled flag alone already refuses every session (sessionVerdict); the rows are closed too.
    return enabled ? 0 : revokeUserSessions(tx, userId, now);
  });
  if (result === null) return { ok: false, code: "notFound" };
  const revoked = result;
  logger.info(
    { event: enabled ? "staff-enabled" : "staff-disabled", userId, by: actorId, revoked },
    "staff account changed",
  );
  return { ok: true, revoked };
}

export type RolesResult = Result<object, "ownAdmin" | "selfGrant" | "notFound">;

/** What a change of roles reads first: the roles and kind held, the demo flag, the second factor. */
const ROLES_BEFORE = {
  roles: true,
  expertKind: true,
  demo: true,
  secondFactor: { select: { confirmedAt: true } },
} satisfies Prisma.StaffUserSelect;

/**
 * Changes roles (and expert kind), audited. An administrator cannot take ADMIN from themself (so one
 * is always left) nor give themself any role they do not hold: a new role takes a colleague.
 */
export async function updateStaffRoles(
  actorId: string,
  userId: string,
  input: RolesInput,
  db?: Db,
): Promise<RolesResult> {
  if (actorId === userId && !input.roles.includes("ADMIN")) return { ok: false, code: "ownAdmin" };
  const conn = db ?? (await getDb());
  // Read before the transaction: the embedded database runs one query at a time.
  const { secondFactorForEveryone } = await getSecuritySettings(conn);
  return conn.$transaction(async (tx) => {
    const before = await tx.staffUser.findUnique({ where: { id: userId }, select: ROLES_BEFORE });
    if (!before) return { ok: false, code: "notFound" } as const;
    if (actorId === userId && input.roles.some((r) => !before.roles.includes(r)))
      return { ok: false, code: "selfGrant" } as const;
    const after = { roles: input.roles, expertKind: input.expertKind };
    await tx.staffUser.update({ where: { id: userId }, data: after });
    // A role that needs a second factor, given to someone without one, ends their sessions: they set
    // one up at their next sign-in instead of working on without it (demo accounts in demo mode aside).
    const exempt = before.demo && env().LOTSEN_DEMO;
    if (
      !exempt &&
      !before.secondFactor?.confirmedAt &&
      secondFactorRequired(input.roles, secondFactorForEveryone) &&
      !secondFactorRequired(before.roles, secondFactorForEveryone)
    )
      await endSessionsIn(tx, userId, { allBut: null });
    const changes = changedFields({ roles: before.roles, expertKind: before.expertKind }, after);
    if (Object.keys(changes).length > 0)
      await recordAudit(tx, {
        actor: staffActor(actorId),
        entity: "staff_user",
        entityId: userId,
        action: "roles_changed",
        changes,
      });
    logger.info(
      { event: "staff-roles-changed", userId, by: actorId, roles: input.roles },
      "staff roles changed",
    );
    return { ok: true } as const;
  });
}

export type SetPasswordResult = Result<{ userId: string }, "invalidToken" | FailureCode<PasswordCheck>>;

/** Sets the password of an invited account; the token is spent by the change to updatedAt. */
export async function setPasswordWithToken(
  token: string,
  password: string,
  now = new Date(),
  db?: Db,
): Promise<SetPasswordResult> {
  const conn = db ?? (await getDb());
  const user = await verifyInvitationToken(token, now, conn);
  if (!user) return { ok: false, code: "invalidToken" };
  const check = checkNewPassword(password);
  if (!check.ok) return { ok: false, code: check.code };
  const passwordHash = await hashPassword(password);
  // Conditional on updatedAt: two posts of the same link set the password once. Whoever was signed
  // in as this account before is signed out.
  const done = await conn.$transaction(async (tx) => {
    const { count } = await tx.staffUser.updateMany({
      where: { id: user.id, updatedAt: user.updatedAt, disabledAt: null },
      data: { passwordHash, updatedAt: new Date(Math.max(now.getTime(), user.updatedAt.getTime() + 1)) },
    });
    if (count === 0) return false;
    const actor = staffActor(user.id);
    await recordAudit(tx, { actor, entity: "staff_user", entityId: user.id, action: "password_set" });
    await endSessionsIn(tx, user.id, { allBut: null }, now);
    return true;
  });
  if (!done) return { ok: false, code: "invalidToken" };
  logger.info({ event: "staff-password-set", userId: user.id }, "staff password set from invitation");
  return { ok: true, userId: user.id };
}
