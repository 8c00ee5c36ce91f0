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
export const OPTIONAL_STEPS = ["EXPERTS_CONSULTED", "COMMITTEE"] as const satisfies readonly StepName[];
export type OptionalStep = (typeof OPTIONAL_STEPS)[number];

/** Days a request may stay in each step before it counts as overdue, until the municipality sets its own. */
export const DEFAULT_DAYS_PER_STEP = {
  RECEIVED: 7,
  REVIEWED: 21,
  EXPERTS_CONSULTED: 14,
  PRESENTED: 21,
  PROPOSAL: 14,
  COMMITTEE: 30,
} satisfies Record<StepName, number>;

/** An object with one entry per step (or per optional step), each made by `make`. */
export function perStep<S extends StepName, T>(steps: readonly S[], make: (step: S) => T): Record<S, T> {
  return Object.fromEntries(steps.map((s) => [s, make(s)])) as Record<S, T>;
}

export function stepNumber(step: StepName): number {
  return STEPS.indexOf(step) + 1;
}

export function isOptionalStep(step: StepName): boolean {
  return (OPTIONAL_STEPS as readonly StepName[]).includes(step);
}
