import { z } from "zod";
import { parseIndicatorNumber } from "./follow-ups";
import { isGoalId } from "./partnership";
import { formatQuarter, parseQuarter, quarterOf } from "./quarters";

// A follow-up report a civil-society party sends through its partner link (the agreement template in
// docs/domain.md: the association reports activities and actual costs at each follow-up). One schema for the
// form post and the server verb; error codes are message keys under partner.errors, keyed by the field's id.

export const ACTIVITIES_MAX = 6000;
export const COMMENT_MAX = 2000;
export const COUNT_MAX = 1_000_000;
/** Per budget line and report: 20 million kronor, well inside a 32-bit count of öre. */
export const COST_MAX_ORE = 2_000_000_000;
export const MAX_REPORT_FILES = 5;

export const REPORT_STATUSES = ["SUBMITTED", "ACCEPTED", "RETURNED"] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** What the report answers: a scheduled REPORT follow-up, or a quarter. */
export type ReportPeriod = { followUpId: string } | { quarter: string };

/** "1 234,50", "1234.5", "1 234 kr" → öre (an integer); "" → null; anything else → NaN. */
export function parseKronor(raw: string): number | null {
  const s = raw
    .trim()
    .replace(/\s*(kr|sek)\.?$/i, "")
    .replace(/[\s\u00a0]/g, "")
    .replace(",", ".");
  if (!s) return null;
  const m = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) return Number.NaN;
  return Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
}

/** A whole, non-negative count: "12", "1 200". */
export function parseCount(raw: string): number | null {
  const s = raw.trim().replace(/[\s\u00a0]/g, "");
  if (!s) return null;
  return /^\d{1,7}$/.test(s) ? Number(s) : Number.NaN;
}

export function readPeriod(value: string): ReportPeriod | null {
  const [kind, rest] = [value.slice(0, value.indexOf(":")), value.slice(value.indexOf(":") + 1)];
  if (kind === "followUp" && z.uuid().safeParse(rest).success) return { followUpId: rest };
  if (kind === "quarter" && parseQuarter(rest)) return { quarter: rest };
  return null;
}

export const periodValue = (p: ReportPeriod) =>
  "followUpId" in p ? `followUp:${p.followUpId}` : `quarter:${p.quarter}`;

const count = (required: string) =>
  z
    .string()
    .refine((v) => parseCount(v) !== null, required)
    .refine((v) => !Number.isNaN(parseCount(v)), "count")
    .refine((v) => (parseCount(v) ?? 0) <= COUNT_MAX, "count")
    .transform((v) => parseCount(v) ?? 0);

/**
 * The report's schema. `allowed` holds what the page offered: the period values, the goal ids and
 * the budget line ids of the partnership; anything else is refused.
 */
export function partnerReportSchema(allowed: { periods: string[]; goalIds: string[]; lineIds: string[] }) {
  return z.object({
    period: z
      .string()
      .refine((v) => v !== "", "periodRequired")
      .refine((v) => v === "" || (allowed.periods.includes(v) && readPeriod(v) !== null), "periodInvalid")
      .transform((v) => readPeriod(v)!),
    activities: z.string().trim().min(1, "activitiesRequired").max(ACTIVITIES_MAX, "activitiesTooLong"),
    participants: count("participantsRequired"),
    volunteerHours: count("volunteerHoursRequired"),
    goals: z
      .array(
        z.object({
          goalId: z.string().refine((v) => isGoalId(v) && allowed.goalIds.includes(v), "unknown"),
          value: z.string().refine((v) => !Number.isNaN(parseIndicatorNumber(v)), "valueInvalid"),
        }),
      )
      .transform((gs) =>
        gs.flatMap((g) => {
          const value = parseIndicatorNumber(g.value);
          return value === null ? [] : [{ goalId: g.goalId, value }];
        }),
      ),
    costs: z
      .array(
        z.object({
          budgetLineId: z.string().refine((v) => allowed.lineIds.includes(v), "unknown"),
          amount: z
            .string()
            .refine((v) => !Number.isNaN(parseKronor(v)), "amountInvalid")
            .refine((v) => (parseKronor(v) ?? 0) <= COST_MAX_ORE, "amountTooLarge"),
        }),
      )
      .transform((cs) =>
        cs.flatMap((c) => {
          const amountOre = parseKronor(c.amount);
          return amountOre === null ? [] : [{ budgetLineId: c.budgetLineId, amountOre }];
        }),
      ),
  });
}

type ReportSchema = ReturnType<typeof partnerReportSchema>;
/**
 * The form as posted: the period as "followUp:<uuid>" or "quarter:2026-Q3" (one of the options the
 * page offered), the counts, goal values and costs (kronor, per budget line) as typed.
 */
export type ReportFormInput = z.input<ReportSchema>;
/** The report as the server verb takes it: counts as numbers, costs in öre, empty values left out. */
export type PartnerReportInput = Omit<z.output<ReportSchema>, "goals"> & {
  goalValues: z.output<ReportSchema>["goals"];
};

export type ReportParse =
  { ok: true; report: PartnerReportInput } | { ok: false; errors: Record<string, string> };

/** Parses the form; errors are keyed by field id (goal-<goalId>, cost-<budgetLineId> for the lists). */
export function parsePartnerReport(
  input: ReportFormInput,
  allowed: { periods: string[]; goalIds: string[]; lineIds: string[] },
): ReportParse {
  const parsed = partnerReportSchema(allowed).safeParse(input);
  if (parsed.success) {
    const { period, activities, participants, volunteerHours, goals, costs } = parsed.data;
    return {
      ok: true,
      report: { period, activities, participants, volunteerHours, goalValues: goals, costs },
    };
  }
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const [first, position] = issue.path;
    const id =
      first === "goals" && typeof position === "number"
        ? `goal-${input.goals[position]?.goalId}`
        : first === "costs" && typeof position === "number"
          ? `cost-${input.costs[position]?.budgetLineId}`
          : String(first);
    errors[id] ??= issue.message;
  }
  return { ok: false, errors };
}

/** Staff's review: accept, or return with a comment the partner reads. */
export const reviewSchema = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("accept"), reportId: z.uuid() }),
  z.object({
    decision: z.literal("return"),
    reportId: z.uuid(),
    comment: z.string().trim().min(1, "commentRequired").max(COMMENT_MAX, "commentTooLong"),
  }),
]);
export type ReviewCommand = z.infer<typeof reviewSchema>;

/** The contact's e-mail on the "new partner link" form. */
export const partnerEmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "email" }).max(254, { error: "email" }));

/** "I lost my partner link": the contact's address. */
export const partnerLinkFormSchema = z.object({ email: partnerEmailSchema });

const DAY_MS = 86_400_000;

/**
 * When a partner link stops working: the days after the agreement's end that a status link keeps
 * working after its case ended (STATUS_LINK_DAYS_AFTER_END), counted from the end date, or from the
 * end of the end year when only years are known; without any end, a year after it was sent.
 */
export function partnerLinkExpiry(
  p: { endDate: Date | null; endYear: number | null },
  daysAfterEnd: number,
  now: Date,
): Date {
  const end = p.endDate
    ? new Date(p.endDate.getTime() + DAY_MS) // the whole end day counts
    : p.endYear
      ? new Date(Date.UTC(p.endYear + 1, 0, 1))
      : new Date(now.getTime() + 365 * DAY_MS);
  return new Date(end.getTime() + daysAfterEnd * DAY_MS);
}

/**
 * The quarter a report due on `dueDate` (YYYY-MM-DD) covers: the one holding the day before it, so
 * a report due on 1 October covers July–September, and one due in mid-quarter the quarter so far.
 */
export function quarterForDueDate(dueDate: string): string {
  const d = new Date(`${dueDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return formatQuarter(quarterOf(d.toISOString().slice(0, 10)));
}

/** Staff send a party's contact their partner link, in the language chosen for the mail. */
export const sendPartnerLinkSchema = z.object({ partyId: z.string(), mailLocale: z.string() });
