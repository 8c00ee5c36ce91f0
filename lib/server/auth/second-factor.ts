import "server-only";
import { createHash, randomBytes, randomInt } from "node:crypto";
import {
  looksLikeRecoveryCode,
  normalizeRecoveryCode,
  RECOVERY_CODE_COUNT,
  secondFactorRequired,
} from "@/lib/domain/second-factor";
import { base32Encode, matchTotp, otpauthUri } from "@/lib/domain/totp";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit, staffActor } from "../audit/record";
import type { Db } from "../db/client";
import { env } from "../env";
import { open, seal } from "./secret-box";
import { getSecuritySettings } from "./security-settings";
import type { Result } from "@/lib/domain/result";

// The second factor of password accounts: a TOTP secret (encrypted) and ten single-use recovery
// codes (hashed). Every change is audited as entity "second_factor", keyed by the user id.

type Tx = Prisma.TransactionClient;

/** What comes after a right password: a session at once, a code, or enrolment first. */
export async function stepAfterPassword(db: Db, userId: string): Promise<"session" | "verify" | "setup"> {
  const user = await db.staffUser.findUniqueOrThrow({
    where: { id: userId },
    select: { roles: true, demo: true, secondFactor: { select: { confirmedAt: true } } },
  });
  // Demo mode only: the demo accounts, whose passwords are in the README, try every role at once.
  if (env().LOTSEN_DEMO && user.demo) return "session";
  if (user.secondFactor?.confirmedAt) return "verify";
  const { secondFactorForEveryone } = await getSecuritySettings(db);
  return secondFactorRequired(user.roles, secondFactorForEveryone) ? "setup" : "session";
}

export async function secondFactorStatus(db: Db, userId: string) {
  const factor = await db.staffSecondFactor.findUnique({ where: { userId }, select: { confirmedAt: true } });
  const recoveryCodesLeft = await db.staffRecoveryCode.count({ where: { userId, usedAt: null } });
  return { enrolled: !!factor?.confirmedAt, recoveryCodesLeft };
}

/** Makes a secret to enrol with, unless one is waiting already (a reload shows the same QR code). */
export async function beginSetup(db: Db, userId: string): Promise<"started" | "waiting" | "enrolled"> {
  const existing = await db.staffSecondFactor.findUnique({
    where: { userId },
    select: { confirmedAt: true },
  });
  if (existing) return existing.confirmedAt ? "enrolled" : "waiting";
  await db.$transaction(async (tx) => {
    await tx.staffSecondFactor.create({ data: { userId, secret: seal(randomBytes(20), userId) } });
    await audit(tx, userId, userId, "setup_started");
  });
  return "started";
}

/** The waiting secret, for the enrolment page: base32 for typing, and the otpauth address. */
export async function setupSecret(db: Db, userId: string, issuer: string) {
  const row = await db.staffSecondFactor.findUnique({
    where: { userId },
    select: { secret: true, confirmedAt: true, user: { select: { email: true } } },
  });
  const secret = row && !row.confirmedAt ? open(row.secret, userId) : null;
  if (!row || !secret) return null;
  return {
    secret: base32Encode(secret)
      .replace(/(.{4})/g, "$1 ")
      .trim(),
    uri: otpauthUri({ secret, issuer, account: row.user.email }),
  };
}

/** Confirms enrolment with a first code; returns the recovery codes, shown once, or null. */
export async function confirmSetup(db: Db, userId: string, code: string, now = new Date()) {
  const row = await db.staffSecondFactor.findUnique({ where: { userId } });
  const secret = row && !row.confirmedAt ? open(row.secret, userId) : null;
  const step = secret ? matchTotp(secret, code, now, 0) : null;
  if (step === null) return null;
  return db.$transaction(async (tx) => {
    const { count } = await tx.staffSecondFactor.updateMany({
      where: { userId, confirmedAt: null },
      data: { confirmedAt: now, lastUsedStep: step },
    });
    if (count === 0) return null;
    await audit(tx, userId, userId, "enrolled");
    return replaceRecoveryCodes(tx, userId);
  });
}

/**
 * Checks a code at sign-in: a TOTP code (each 30-second step once: the conditional update makes two
 * uses of one code, even at the same moment, succeed once) or an unused recovery code.
 */
export async function verifySecondFactor(
  db: Db,
  userId: string,
  code: string,
  now = new Date(),
): Promise<"totp" | "recovery" | null> {
  const row = await db.staffSecondFactor.findUnique({ where: { userId } });
  if (!row?.confirmedAt) return null;
  const secret = open(row.secret, userId);
  const step = secret ? matchTotp(secret, code, now, row.lastUsedStep) : null;
  if (step !== null) {
    const { count } = await db.staffSecondFactor.updateMany({
      where: { userId, lastUsedStep: { lt: step }, confirmedAt: { not: null } },
      data: { lastUsedStep: step },
    });
    return count === 1 ? "totp" : null;
  }
  if (!looksLikeRecoveryCode(code)) return null;
  return db.$transaction(async (tx) => {
    const { count } = await tx.staffRecoveryCode.updateMany({
      where: { userId, codeHash: recoveryHash(userId, code), usedAt: null },
      data: { usedAt: now },
    });
    if (count === 0) return null;
    await audit(tx, userId, userId, "recovery_code_used");
    return "recovery" as const;
  });
}

/**
 * New recovery codes for an enrolled account; the old ones stop working. Asks for a code from the
 * authenticator app first (not a recovery code): a session left open on a shared computer must not be
 * enough to take over the way back in.
 */
export async function regenerateRecoveryCodes(
  db: Db,
  userId: string,
  code: string,
  now = new Date(),
): Promise<Result<{ codes: string[] }, "notEnrolled" | "codeWrong">> {
  const row = await db.staffSecondFactor.findUnique({ where: { userId } });
  if (!row?.confirmedAt) return { ok: false, code: "notEnrolled" };
  const secret = open(row.secret, userId);
  const step = secret ? matchTotp(secret, code.replace(/\s/g, ""), now, row.lastUsedStep) : null;
  if (step === null) return { ok: false, code: "codeWrong" };
  return db.$transaction(async (tx) => {
    // Each 30-second step once, as at sign-in: a second post of the same code changes nothing.
    const { count } = await tx.staffSecondFactor.updateMany({
      where: { userId, lastUsedStep: { lt: step }, confirmedAt: { not: null } },
      data: { lastUsedStep: step },
    });
    if (count !== 1) return { ok: false, code: "codeWrong" } as const;
    await audit(tx, userId, userId, "recovery_codes_regenerated");
    return { ok: true, codes: await replaceRecoveryCodes(tx, userId) } as const;
  });
}

export type ResetResult = Result<object, "self" | "notFound">;

/**
 * An administrator removes a colleague's second factor (a lost phone): the colleague enrols again at
 * the next sign-in, and every session they have ends. Not one's own, so it always takes two people.
 */
export async function resetSecondFactor(db: Db, actorId: string, userId: string): Promise<ResetResult> {
  if (actorId === userId) return { ok: false, code: "self" };
  return db.$transaction(async (tx) => {
    const { count } = await tx.staffSecondFactor.deleteMany({ where: { userId } });
    if (count === 0) return { ok: false, code: "notFound" } as const;
    await tx.staffRecoveryCode.deleteMany({ where: { userId } });
    await tx.staffPendingSignIn.deleteMany({ where: { userId } });
    await tx.staffSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
    await audit(tx, actorId, userId, "reset");
    return { ok: true } as const;
  });
}

/** Ten codes like "k7m2-p9qx-c4tw" (60 bits each); only their hashes are kept. */
async function replaceRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () =>
    Array.from({ length: 12 }, () => alphabet[randomInt(alphabet.length)]).join(""),
  );
  await tx.staffRecoveryCode.deleteMany({ where: { userId } });
  await tx.staffRecoveryCode.createMany({
    data: codes.map((code) => ({ userId, codeHash: recoveryHash(userId, code) })),
  });
  return codes.map((c) => c.replace(/(.{4})(?=.)/g, "$1-"));
}

// Random 60-bit codes need no slow hash; SHA-256 with the user id keeps equal codes apart.
function recoveryHash(userId: string, code: string): string {
  return createHash("sha256")
    .update(`lotsen.recovery:${userId}:${normalizeRecoveryCode(code)}`)
    .digest("hex");
}

function audit(tx: Tx, actorId: string, userId: string, action: string) {
  return recordAudit(tx, { actor: staffActor(actorId), entity: "second_factor", entityId: userId, action });
}
