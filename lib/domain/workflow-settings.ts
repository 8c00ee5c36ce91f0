import { z } from "zod";
import { DEFAULT_DAYS_PER_STEP, OPTIONAL_STEPS, perStep, STEPS, type StepName } from "./steps";

// The municipality's choices about the workflow, edited by administrators: which optional steps
// exist, and how many days a request may stay in each step before it is marked overdue.

const DAYS = z.number().int().min(1).max(365);

export const workflowSettingsSchema = z.object({
  optionalSteps: z.object(perStep(OPTIONAL_STEPS, () => z.boolean())),
  daysPerStep: z.object(perStep(STEPS, () => DAYS)),
});

export type WorkflowSettings = z.infer<typeof workflowSettingsSchema>;

export const DEFAULT_WORKFLOW_SETTINGS: WorkflowSettings = {
  optionalSteps: perStep(OPTIONAL_STEPS, () => true),
  daysPerStep: DEFAULT_DAYS_PER_STEP,
};

/**
 * Stored settings read entry by entry over the defaults: a step added after the settings were saved
 * gets its default, and one invalid entry falls back alone instead of discarding every choice.
 * `problems` names what fell back (never values), for the log.
 */
export function readWorkflowSettings(stored: unknown): { settings: WorkflowSettings; problems: string[] } {
  const whole = workflowSettingsSchema.safeParse(stored);
  if (whole.success) return { settings: whole.data, problems: [] };
  const problems: string[] = [];
  // A part that is missing is read as empty (an older save); one that is there but no object is a fault.
  const record = (v: unknown, path: string): Record<string, unknown> => {
    if (v && typeof v === "object" && !Array.isArray(v)) return v as Record<string, unknown>;
    if (v !== undefined) problems.push(path);
    return {};
  };
  const given = record(stored, "settings");
  const pick = <T>(path: string, value: unknown, schema: z.ZodType<T>, fallback: T): T => {
    if (value === undefined) return fallback;
    const parsed = schema.safeParse(value);
    if (!parsed.success) problems.push(path);
    return parsed.success ? parsed.data : fallback;
  };
  // Each step's entry on its own, so a step added since the save gets its default.
  const entries = <S extends StepName, T>(part: string, steps: readonly S[], schema: z.ZodType<T>) => {
    const saved = record(given[part], part);
    const fallback = DEFAULT_WORKFLOW_SETTINGS[part as keyof WorkflowSettings] as Record<S, T>;
    return perStep(steps, (step) => pick(`${part}.${step}`, saved[step], schema, fallback[step]));
  };
  return {
    settings: {
      optionalSteps: entries("optionalSteps", OPTIONAL_STEPS, z.boolean()),
      daysPerStep: entries("daysPerStep", STEPS, DAYS),
    },
    problems,
  };
}

export function isOverdue(
  settings: WorkflowSettings,
  step: (typeof STEPS)[number],
  enteredAt: Date,
  now = new Date(),
): boolean {
  return now.getTime() - enteredAt.getTime() > settings.daysPerStep[step] * 86_400_000;
}
