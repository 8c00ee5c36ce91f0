import "server-only";
import {
  DEFAULT_WORKFLOW_SETTINGS,
  readWorkflowSettings,
  workflowSettingsSchema,
  type WorkflowSettings,
} from "@/lib/domain/workflow-settings";
import { getDb } from "./db/client";
import { logger } from "./log";
import { putSetting } from "./setting-row";

const KEY = "workflow";

/** The administrators' workflow settings, or the defaults where none (or nothing valid) is stored. */
export async function getWorkflowSettings(): Promise<WorkflowSettings> {
  const db = await getDb();
  const row = await db.setting.findUnique({ where: { key: KEY } });
  if (!row) return DEFAULT_WORKFLOW_SETTINGS;
  const { settings, problems } = readWorkflowSettings(row.value);
  if (problems.length)
    logger.warn({ problems }, "stored workflow settings: invalid entries use their defaults");
  return settings;
}

export async function saveWorkflowSettings(settings: WorkflowSettings, userId: string) {
  await putSetting(KEY, workflowSettingsSchema.parse(settings), userId);
}
