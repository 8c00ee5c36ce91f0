import "server-only";
import { recordAudit, staffActor } from "../audit/record";
import type { Db } from "../db/client";
import { env } from "../env";

// The municipality's security choices (the Setting row "security"). Today one: whether every staff
// member, not only administrators and decision makers, must sign in with a second factor.

const KEY = "security";

export interface SecuritySettings {
  secondFactorForEveryone: boolean;
}

export async function getSecuritySettings(db: Db): Promise<SecuritySettings> {
  const row = await db.setting.findUnique({ where: { key: KEY } });
  const value = row?.value as Partial<SecuritySettings> | null | undefined;
  return { secondFactorForEveryone: value?.secondFactorForEveryone === true };
}

/**
 * Saves the choices. Turning the second factor on for everyone ends the open password sessions of
 * those who have none yet, so they set one up at their next sign-in instead of working on without it
 * (OpenID Connect sessions rely on the provider's own sign-in; demo accounts in demo mode are exempt,
 * as at sign-in). Returns how many sessions ended.
 */
export async function saveSecuritySettings(db: Db, actorId: string, next: SecuritySettings): Promise<number> {
  const before = await getSecuritySettings(db);
  if (before.secondFactorForEveryone === next.secondFactorForEveryone) return 0;
  return db.$transaction(async (tx) => {
    const value = { secondFactorForEveryone: next.secondFactorForEveryone };
    await tx.setting.upsert({
      where: { key: KEY },
      update: { value, updatedById: actorId },
      create: { key: KEY, value, updatedById: actorId },
    });
    await recordAudit(tx, {
      actor: staffActor(actorId),
      entity: "setting",
      entityId: KEY,
      action: "updated",
      changes: {
        secondFactorForEveryone: { from: before.secondFactorForEveryone, to: next.secondFactorForEveryone },
      },
    });
    if (!next.secondFactorForEveryone) return 0;
    const { count } = await tx.staffSession.updateMany({
      where: {
        revokedAt: null,
        method: "password",
        user: {
          ...(env().LOTSEN_DEMO ? { demo: false } : {}),
          OR: [{ secondFactor: { is: null } }, { secondFactor: { is: { confirmedAt: null } } }],
        },
      },
      data: { revokedAt: new Date() },
    });
    return count;
  });
}
