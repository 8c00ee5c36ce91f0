import "server-only";
import { changedFields } from "@/lib/domain/audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit, staffActor } from "./audit/record";
import { getDb } from "./db/client";

/** Stores one settings row (already validated) and records what changed in the audit trail. */
export async function putSetting(key: string, value: Record<string, unknown>, userId: string): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const before = await tx.setting.findUnique({ where: { key } });
    const json = value as Prisma.InputJsonValue;
    await tx.setting.upsert({
      where: { key },
      update: { value: json, updatedById: userId },
      create: { key, value: json, updatedById: userId },
    });
    await recordAudit(tx, {
      actor: staffActor(userId),
      entity: "setting",
      entityId: key,
      action: before ? "updated" : "created",
      changes: changedFields(flatten(before?.value), flatten(value)),
    });
  });
}

/** Nested settings as dotted fields ("daysPerStep.RECEIVED"), so the trail names the entry that changed. */
function flatten(value: unknown, prefix = ""): Record<string, unknown> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return prefix ? { [prefix]: value } : {};
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
      Object.entries(flatten(v, prefix ? `${prefix}.${k}` : k)),
    ),
  );
}
