import "server-only";
import {
  DEFAULT_WORKFLOW_SETTINGS,
  workflowSettingsSchema,
  type WorkflowSettings,
} from "@/lib/domain/workflow-settings";
import { getDb } from "./db/client";

const KEY = "workflow";

/** The administrators' workflow settings, or the defaults where none (or nothing valid) is stored. */
export async function getWorkflowSettings(): Promise<WorkflowSettings> {
  const db = await getDb();
  const row = await db.setting.findUnique({ where: { key: KEY } });
  const parsed = workflowSettingsSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_WORKFLOW_SETTINGS;
}

export async function saveWorkflowSettings(settings: WorkflowSettings, userId: string) {
  const db = await getDb();
  const value = workflowSettingsSchema.parse(settings);
  await db.setting.upsert({
    where: { key: KEY },
    update: { value, updatedById: userId },
    create: { key: KEY, value, updatedById: userId },
  });
}
