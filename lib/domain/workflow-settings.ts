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

export function isOverdue(
  settings: WorkflowSettings,
  step: (typeof STEPS)[number],
  enteredAt: Date,
  now = new Date(),
): boolean {
  return now.getTime() - enteredAt.getTime() > settings.daysPerStep[step] * 86_400_000;
}
