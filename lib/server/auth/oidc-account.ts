import "server-only";
import type { FieldChanges } from "@/lib/domain/audit";
import {
  decideOidcAccount,
  emailToStore,
  normaliseEmailClaim,
  rolesFromClaim,
  type OidcCandidate,
  type OidcIdentity,
  type OidcRefusal,
} from "@/lib/domain/oidc-sign-in";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit, SYSTEM_ACTOR } from "../audit/record";
import type { Db } from "../db/client";
import { env } from "../env";
import { logger } from "../log";
import { demoAccountRefused } from "./sign-in";
import { getSignInPolicy, SIGN_IN_POLICY_KEY } from "./sign-in-policy";
import type { Result } from "@/lib/domain/result";

// The staff account an OpenID Connect sign-in belongs to (rules in lib/domain/oidc-sign-in.ts), and
// what the provider keeps up to date on it. Nobody is created here, whatever the role claim says:
// administrators invite staff. Changes made at sign-in are the provider's, so the audit actor is SYSTEM.

export type OidcSignInResult = Result<{ userId: string }, OidcRefusal | "conflict" | "demo-only">;

const select = {
  id: true,
  email: true,
  disabledAt: true,
  oidcSubject: true,
  roles: true,
  demo: true,
} as const;
type Row = Prisma.StaffUserGetPayload<{ select: typeof select }>;
const candidate = (row: Row | null): OidcCandidate | null =>
  row && { id: row.id, email: row.email, disabled: !!row.disabledAt, oidcSubject: row.oidcSubject };

function log(result: string, userId?: string) {
  logger.info({ event: "signin", method: "oidc", result, ...(userId ? { userId } : {}) }, "staff sign-in");
}

async function mappingAuthor(db: Db): Promise<string | null> {
  const row = await db.setting.findUnique({
    where: { key: SIGN_IN_POLICY_KEY },
    select: { updatedById: true },
  });
  return row?.updatedById ?? null;
}

/** The identity in an ID token's claims, or null when it has no usable subject. */
export function oidcIdentity(issuer: string, claims: Record<string, unknown>): OidcIdentity | null {
  const subject = typeof claims.sub === "string" ? claims.sub : "";
  if (!subject || subject.length > 255 || !issuer || issuer.length > 500) return null;
  return {
    issuer,
    subject,
    email: normaliseEmailClaim(claims.email),
    emailVerified: claims.email_verified === true,
  };
}

export async function signInWithOidc(
  db: Db,
  issuer: string,
  claims: Record<string, unknown>,
): Promise<OidcSignInResult> {
  const identity = oidcIdentity(issuer, claims);
  if (!identity) {
    log("unknown-account");
    return { ok: false, code: "unknown-account" };
  }
  const bound = await db.staffUser.findUnique({
    where: { oidcIssuer_oidcSubject: { oidcIssuer: issuer, oidcSubject: identity.subject } },
    select,
  });
  const byEmail =
    bound || !identity.email
      ? null
      : await db.staffUser.findUnique({ where: { email: identity.email }, select });
  const decision = decideOidcAccount(identity, candidate(bound), candidate(byEmail));
  if (decision.outcome === "refused") {
    log(decision.reason, decision.userId);
    return { ok: false, code: decision.reason };
  }
  const user = (bound ?? byEmail) as Row;
  if (demoAccountRefused(user)) {
    log("demo-only", user.id);
    return { ok: false, code: "demo-only" };
  }

  // Read before the transaction: the embedded database runs one query at a time.
  const policy = await getSignInPolicy(db);
  const roleClaim = env().OIDC_ROLE_CLAIM;
  let roles = roleClaim ? rolesFromClaim(user.roles, claims[roleClaim], policy.roleClaimMap) : null;
  // The administrator who last saved the mapping may lose roles through it but never gain one: the
  // mapping must not be a way round the rule that nobody grants roles to themself (admin-users.ts).
  if (roles && (await mappingAuthor(db)) === user.id) {
    const kept = roles.filter((r) => user.roles.includes(r));
    roles = kept.length === user.roles.length ? null : kept;
  }
  let email = decision.bind ? null : emailToStore(identity, user.email);
  if (email && (await db.staffUser.findUnique({ where: { email }, select: { id: true } }))) {
    // Another account has that address: keep the stored one rather than refuse the sign-in.
    logger.warn({ event: "oidc-email-taken", userId: user.id }, "provider email belongs to another account");
    email = null;
  }

  try {
    await db.$transaction(async (tx) => {
      if (decision.bind) {
        // Conditional: of two first sign-ins at once, one binds and the other finds the account taken.
        const { count } = await tx.staffUser.updateMany({
          where: { id: user.id, oidcSubject: null },
          data: { oidcIssuer: issuer, oidcSubject: identity.subject },
        });
        if (count === 0) throw new BindingLost();
        await audit(tx, user.id, "oidc_bound", {
          oidcIssuer: { from: null, to: issuer },
          oidcSubject: { from: null, to: identity.subject },
        });
      }
      if (email) {
        await tx.staffUser.update({ where: { id: user.id }, data: { email } });
        await audit(tx, user.id, "email_updated_from_oidc", { email: { from: user.email, to: email } });
      }
      if (roles) {
        await tx.staffUser.update({ where: { id: user.id }, data: { roles } });
        await audit(tx, user.id, "roles_updated_from_oidc", { roles: { from: user.roles, to: roles } });
      }
    });
  } catch (error) {
    const unique = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
    if (!(error instanceof BindingLost) && !unique) throw error;
    log("conflict", user.id);
    return { ok: false, code: "conflict" };
  }
  log("ok", user.id);
  return { ok: true, userId: user.id };
}

class BindingLost extends Error {}

function audit(tx: Prisma.TransactionClient, userId: string, action: string, changes: FieldChanges) {
  return recordAudit(tx, { actor: SYSTEM_ACTOR, entity: "staff_user", entityId: userId, action, changes });
}

/** The account bound to an identity: for the session token, after signInWithOidc accepted it. */
export async function staffUserByOidcBinding(
  db: Db,
  issuer: string,
  subject: string,
): Promise<string | null> {
  if (!subject) return null;
  const user = await db.staffUser.findUnique({
    where: { oidcIssuer_oidcSubject: { oidcIssuer: issuer, oidcSubject: subject } },
    select: { id: true, disabledAt: true, demo: true },
  });
  return user && !user.disabledAt && !demoAccountRefused(user) ? user.id : null;
}
