import { z } from "zod";
import { STEPS } from "./steps";

// The municipality's choices about the workflow, edited by administrators: which optional steps
// exist, and how many days a request may stay in each step before it is marked overdue.

export const workflowSettingsSchema = z.object({
  optionalSteps: z.object({ EXPERTS_CONSULTED: z.boolean(), COMMITTEE: z.boolean() }),
  daysPerStep: z.object(
    Object.fromEntries(STEPS.map((s) => [s, z.number().int().min(1).max(365)])) as Record<
      (typeof STEPS)[number],
      z.ZodNumber
    >,
  ),
});

export type WorkflowSettings = z.infer<typeof workflowSettingsSchema>;

export const DEFAULT_WORKFLOW_SETTINGS: WorkflowSettings = {
  optionalSteps: { EXPERTS_CONSULTED: true, COMMITTEE: true },
  daysPerStep: {
    RECEIVED: 7,
    REVIEWED: 21,
    EXPERTS_CONSULTED: 14,
    PRESENTED: 21,
    PROPOSAL: 14,
    COMMITTEE: 30,
  },
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
  const optional = record(given.optionalSteps, "optionalSteps");
  const days = record(given.daysPerStep, "daysPerStep");
  const dayShape = workflowSettingsSchema.shape.daysPerStep.shape;
  return {
    settings: {
      optionalSteps: {
        EXPERTS_CONSULTED: pick(
          "optionalSteps.EXPERTS_CONSULTED",
          optional.EXPERTS_CONSULTED,
          z.boolean(),
          DEFAULT_WORKFLOW_SETTINGS.optionalSteps.EXPERTS_CONSULTED,
        ),
        COMMITTEE: pick(
          "optionalSteps.COMMITTEE",
          optional.COMMITTEE,
          z.boolean(),
          DEFAULT_WORKFLOW_SETTINGS.optionalSteps.COMMITTEE,
        ),
      },
      daysPerStep: Object.fromEntries(
        STEPS.map((step) => [
          step,
          pick(
            `daysPerStep.${step}`,
            days[step],
            dayShape[step],
            DEFAULT_WORKFLOW_SETTINGS.daysPerStep[step],
          ),
        ]),
      ) as WorkflowSettings["daysPerStep"],
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
