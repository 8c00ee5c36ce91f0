import "server-only";
import { retentionScheduleSchema, scheduleFrom, type RetentionSchedule } from "@/lib/domain/retention";
import { getDb } from "../db/client";
import { putSetting } from "../setting-row";

// The administrators' retention schedule (the Setting row "retention"); rules never saved keep the
// defaults in lib/domain/retention.ts. Read by the job, the dry run, the form and the privacy notice.

const KEY = "retention";

export async function getRetentionSchedule(): Promise<RetentionSchedule> {
  if (process.env.NEXT_PHASE === "phase-production-build") return scheduleFrom(null);
  const db = await getDb();
  const row = await db.setting.findUnique({ where: { key: KEY } });
  return scheduleFrom(row?.value);
}

/** Saved and audited through the settings row (setting-row.ts), field by field. */
export async function saveRetentionSchedule(schedule: RetentionSchedule, userId: string): Promise<void> {
  await putSetting(KEY, retentionScheduleSchema.parse(schedule), userId);
}
