// The six steps of Civilsamhälleslotsen (docs/domain.md), in order. Labels and plain-language
// explanations live in the message files under `steps.<STEP>`.
// The enum values mirror prisma/schema.prisma's `Step`; lib/domain stays free of generated code.

export const STEPS = [
  "RECEIVED",
  "REVIEWED",
  "EXPERTS_CONSULTED",
  "PRESENTED",
  "PROPOSAL",
  "COMMITTEE",
] as const;
export type StepName = (typeof STEPS)[number];

/** Steps taken only "vid behov" (when needed); skipping one is recorded with a reason. */
export const OPTIONAL_STEPS: readonly StepName[] = ["EXPERTS_CONSULTED", "COMMITTEE"];

export function stepNumber(step: StepName): number {
  return STEPS.indexOf(step) + 1;
}

export function isOptionalStep(step: StepName): boolean {
  return OPTIONAL_STEPS.includes(step);
}
