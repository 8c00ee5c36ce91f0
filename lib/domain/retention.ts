import { z } from "zod";

// The retention schedule (gallring): one rule per kind of record, each a period in days and what
// happens when it has passed. The defaults follow what a Swedish municipality's records management
// plan usually says for grants to associations (README, "Retention and the read log"). Which actions
// each rule may take is fixed here, so the form, the job and the tests agree:
// - a granted request and its partnership are kept for the archive (arkivlagen), nothing else;
// - a sent request cannot be deleted: its case_event trail is append-only and refers to it, so it
//   is pseudonymised (lib/server/privacy/erase.ts) and the registration number and steps remain;
// - a mail's body is replaced by a marker rather than the row deleted, so the outbox keeps its
//   kind, dates and status.

export const RETENTION_RULES = [
  "drafts",
  "answeredQuestions",
  "declinedRequests",
  "grantedRequests",
  "mailBodies",
  "rateLimits",
  "readLog",
] as const;

export type RetentionRule = (typeof RETENTION_RULES)[number];

export const RETENTION_ACTIONS = ["delete", "pseudonymise", "keep"] as const;

export type RetentionAction = (typeof RETENTION_ACTIONS)[number];

export const ALLOWED_ACTIONS = {
  drafts: ["delete", "keep"],
  answeredQuestions: ["pseudonymise", "keep"],
  declinedRequests: ["pseudonymise", "keep"],
  grantedRequests: ["keep"],
  mailBodies: ["pseudonymise", "keep"],
  rateLimits: ["delete"],
  readLog: ["delete", "keep"],
} as const satisfies Record<RetentionRule, readonly RetentionAction[]>;

export interface RetentionRuleSetting {
  days: number;
  action: RetentionAction;
}

export type RetentionSchedule = Record<RetentionRule, RetentionRuleSetting>;

export const DEFAULT_RETENTION: RetentionSchedule = {
  drafts: { days: 90, action: "delete" },
  answeredQuestions: { days: 365, action: "pseudonymise" },
  declinedRequests: { days: 730, action: "pseudonymise" },
  grantedRequests: { days: 3650, action: "keep" },
  mailBodies: { days: 90, action: "pseudonymise" },
  rateLimits: { days: 1, action: "delete" },
  readLog: { days: 730, action: "delete" },
};

export const MAX_RETENTION_DAYS = 36_500;

const ruleSchema = (rule: RetentionRule) =>
  z.object({
    days: z.number().int().min(1).max(MAX_RETENTION_DAYS),
    action: z.enum(ALLOWED_ACTIONS[rule] as unknown as [RetentionAction, ...RetentionAction[]]),
  });

export const retentionScheduleSchema = z.object(
  Object.fromEntries(RETENTION_RULES.map((r) => [r, ruleSchema(r)])) as Record<
    RetentionRule,
    ReturnType<typeof ruleSchema>
  >,
);

/** A stored schedule, rule by rule: a rule missing or invalid in storage keeps its default. */
export function scheduleFrom(value: unknown): RetentionSchedule {
  const stored = value && typeof value === "object" ? (value as Record<string, unknown>) : {};
  return Object.fromEntries(
    RETENTION_RULES.map((r) => {
      const parsed = ruleSchema(r).safeParse(stored[r]);
      return [r, parsed.success ? parsed.data : DEFAULT_RETENTION[r]];
    }),
  ) as RetentionSchedule;
}

export type RetentionFormError = "daysInvalid" | "actionInvalid";

export type RetentionFormRead =
  { ok: true; schedule: RetentionSchedule } | { ok: false; errors: Record<string, RetentionFormError> };

/** The form's fields are `<rule>-days` and `<rule>-action`; errors are keyed by the field name. */
export function readRetentionForm(get: (name: string) => string): RetentionFormRead {
  const errors: Record<string, RetentionFormError> = {};
  const schedule = {} as RetentionSchedule;
  for (const rule of RETENTION_RULES) {
    const rawDays = get(`${rule}-days`).trim().replace(/\s/g, "");
    const days = /^\d{1,6}$/.test(rawDays) ? Number(rawDays) : NaN;
    if (!Number.isInteger(days) || days < 1 || days > MAX_RETENTION_DAYS)
      errors[`${rule}-days`] = "daysInvalid";
    const action = get(`${rule}-action`) as RetentionAction;
    if (!(ALLOWED_ACTIONS[rule] as readonly string[]).includes(action))
      errors[`${rule}-action`] = "actionInvalid";
    schedule[rule] = { days, action };
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, schedule };
}

/** The moment before which a record is past its period. */
export function cutoff(now: Date, days: number): Date {
  return new Date(now.getTime() - days * 86_400_000);
}

/** Setting or clearing a legal hold on the case with this registration number. */
export const legalHoldCommand = z.object({
  registrationNumber: z.string().trim().min(1).max(40),
  hold: z.boolean(),
  reason: z.string().trim().min(1).max(500),
});

export type LegalHoldCommand = z.infer<typeof legalHoldCommand>;

export type LegalHoldFormRead =
  | { ok: true; command: LegalHoldCommand }
  | { ok: false; errors: Record<string, "registrationNumber" | "reason"> };

export function readLegalHoldForm(get: (name: string) => string): LegalHoldFormRead {
  const parsed = legalHoldCommand.safeParse({
    registrationNumber: get("registrationNumber"),
    hold: get("hold") === "on",
    reason: get("reason"),
  });
  if (parsed.success) return { ok: true, command: parsed.data };
  const errors: Record<string, "registrationNumber" | "reason"> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (field === "registrationNumber" || field === "reason") errors[field] = field;
  }
  return { ok: false, errors };
}
