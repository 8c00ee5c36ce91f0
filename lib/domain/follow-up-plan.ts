// The follow-up plan of a partnership (Partnership.followUpPlan) and the due dates it gives.
// The agreement template (docs/domain.md): "a follow-up talk a month" and "a quarterly report to the
// board and the organisation's board". Dates are calendar dates (YYYY-MM-DD); months are added on the calendar, clamped to the
// month's last day (31 Jan + 1 month = 28/29 Feb), always counted from the start so days don't drift.

import { z } from "zod";

export const followUpPlanSchema = z.object({
  /** Months between follow-up talks (1 = monthly); null = no regular talks. */
  talkEveryMonths: z.number().int().min(1).max(24).nullable().default(1),
  /** Months between written reports (3 = quarterly); null = none. */
  reportEveryMonths: z.number().int().min(1).max(24).nullable().default(3),
  /** Anything else agreed, in the parties' own words. */
  description: z.string().max(4000).default(""),
});
export type FollowUpPlan = z.infer<typeof followUpPlanSchema>;

/** Stored plans are read leniently: anything unreadable falls back to the defaults. */
export function readFollowUpPlan(value: unknown): FollowUpPlan {
  const parsed = followUpPlanSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : followUpPlanSchema.parse({});
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `months` calendar months after `date` (YYYY-MM-DD), clamped to the last day of the month. */
export function addMonths(date: string, months: number): string {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`Not a date: ${date}`);
  const total = Number(m[1]) * 12 + (Number(m[2]) - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(Number(m[3]), lastDay);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export type DueFollowUp = { dueDate: string; kind: "TALK" | "REPORT" };

/**
 * A safety net behind the period's own limits (lib/domain/partnership.ts): a period stored some other
 * way never schedules more than this many follow-ups (25 years of monthly talks is 300).
 */
export const MAX_FOLLOW_UP_DATES = 1000;

/**
 * The follow-ups the plan gives between start and end (both inclusive), in date order: one every
 * `talkEveryMonths` after the start, and a report every `reportEveryMonths` (a report due on the
 * same day as a talk replaces it: one meeting, one record). At most MAX_FOLLOW_UP_DATES, the first.
 */
export function followUpDates(plan: FollowUpPlan, start: string, end: string): DueFollowUp[] {
  const byDate = new Map<string, DueFollowUp["kind"]>();
  const add = (every: number | null, kind: DueFollowUp["kind"]) => {
    if (!every) return;
    for (let i = 1; i <= MAX_FOLLOW_UP_DATES; i++) {
      const due = addMonths(start, every * i);
      if (due > end) break;
      if (kind === "REPORT" || !byDate.has(due)) byDate.set(due, kind);
    }
  };
  add(plan.talkEveryMonths, "TALK");
  add(plan.reportEveryMonths, "REPORT");
  return [...byDate.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .slice(0, MAX_FOLLOW_UP_DATES)
    .map(([dueDate, kind]) => ({ dueDate, kind }));
}
