import "server-only";
import { recordAudit, staffActor } from "../audit/record";
import type { Db } from "../db/client";

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

export async function saveSecuritySettings(db: Db, actorId: string, next: SecuritySettings): Promise<void> {
  const before = await getSecuritySettings(db);
  if (before.secondFactorForEveryone === next.secondFactorForEveryone) return;
  await db.$transaction(async (tx) => {
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
  });
}
