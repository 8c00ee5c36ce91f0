import { z } from "zod";
import { isGoalId, legacyGoalId, storedGoalId } from "./partnership";

// A recorded follow-up (the agreement template in docs/domain.md: a follow-up talk a month): when it was
// held, who took part, notes, and a value for each measurable goal of the partnership. One schema for the
// form post and the server verb; error codes are message keys under followUps.errors.

export const PARTICIPANTS_MAX = 2000;
export const NOTES_MAX = 6000;
export const COMMENT_MAX = 500;

/** A partnership's measurable goal as stored in Partnership.goals. */
export interface Goal {
  text: string;
  indicator: string;
  target: string;
  result?: string;
}

/** Stored goals read leniently: entries without text are skipped; each keeps its id (see partnership.ts). */
export function readGoals(value: unknown): (Goal & { id: string })[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((g, index) => {
    if (!g || typeof g !== "object") return [];
    const o = g as Record<string, unknown>;
    const s = (k: string) => (typeof o[k] === "string" ? (o[k] as string) : "");
    if (!s("text") && !s("indicator")) return [];
    return [
      {
        id: storedGoalId(g, index),
        text: s("text"),
        indicator: s("indicator"),
        target: s("target"),
        result: s("result"),
      },
    ];
  });
}

export interface IndicatorValue {
  goalId: string;
  value: number;
  comment?: string;
}

/**
 * Stored indicator values read leniently (anything malformed is left out). Values recorded before
 * goals had ids name the goal by its position (goalIndex): that is the goal's legacy id.
 */
export function readIndicators(value: unknown): IndicatorValue[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v) => {
    const o = v as Record<string, unknown> | null;
    if (!o || typeof o.value !== "number" || !Number.isFinite(o.value)) return [];
    const goalId = isGoalId(o.goalId)
      ? o.goalId
      : Number.isInteger(o.goalIndex) && (o.goalIndex as number) >= 0
        ? legacyGoalId(o.goalIndex as number)
        : null;
    if (!goalId) return [];
    return [
      {
        goalId,
        value: o.value,
        ...(typeof o.comment === "string" && o.comment ? { comment: o.comment } : {}),
      },
    ];
  });
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isRealDate = (s: string) => {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/** "63,5", "63.5", "63,5 %" or "1 200" → a number; "" → null; anything else → NaN. */
export function parseIndicatorNumber(raw: string): number | null {
  const s = raw
    .trim()
    .replace(/%$/, "")
    .replace(/[\s\u00a0]/g, "")
    .replace(",", ".");
  if (!s) return null;
  return /^-?\d{1,9}(\.\d{1,4})?$/.test(s) ? Number(s) : Number.NaN;
}

export interface FollowUpFormInput {
  followUpId: string;
  heldOn: string;
  participants: string;
  notes: string;
  /** Raw value and comment per goal id. */
  indicators: { goalId: string; value: string; comment: string }[];
}

export type FollowUpRecord = {
  followUpId: string | null;
  heldOn: string;
  participants: string;
  notes: string;
  indicators: IndicatorValue[];
};

/** Validates the form; `today` (YYYY-MM-DD) bounds the date: a follow-up is recorded once held. */
export function followUpRecordSchema(today: string) {
  return z
    .object({
      followUpId: z
        .string()
        .trim()
        .refine((v) => v === "" || z.uuid().safeParse(v).success, "followUpInvalid"),
      heldOn: z
        .string()
        .trim()
        .min(1, "heldOnRequired")
        .refine(isRealDate, "heldOnInvalid")
        .refine((v) => !isRealDate(v) || v <= today, "heldOnFuture")
        .refine((v) => !isRealDate(v) || v >= "2000-01-01", "heldOnInvalid"),
      participants: z
        .string()
        .trim()
        .min(1, "participantsRequired")
        .max(PARTICIPANTS_MAX, "participantsTooLong"),
      notes: z.string().trim().max(NOTES_MAX, "notesTooLong"),
      indicators: z.array(
        z.object({
          goalId: z.string().refine(isGoalId),
          value: z.string().refine((v) => !Number.isNaN(parseIndicatorNumber(v)), "valueInvalid"),
          comment: z.string().trim().max(COMMENT_MAX, "commentTooLong"),
        }),
      ),
    })
    .transform((v): FollowUpRecord => ({
      followUpId: v.followUpId || null,
      heldOn: v.heldOn,
      participants: v.participants,
      notes: v.notes,
      indicators: v.indicators.flatMap((i) => {
        const value = parseIndicatorNumber(i.value);
        return value === null
          ? []
          : [{ goalId: i.goalId, value, ...(i.comment ? { comment: i.comment } : {}) }];
      }),
    }));
}

export type FollowUpParse =
  { ok: true; record: FollowUpRecord } | { ok: false; errors: Record<string, string> };

/**
 * Parses the form. Errors are keyed by the field's id on the page (value-<goalId> and
 * comment-<goalId> for the indicators), each with its message key.
 */
export function parseFollowUpForm(input: FollowUpFormInput, today: string): FollowUpParse {
  const parsed = followUpRecordSchema(today).safeParse(input);
  if (parsed.success) return { ok: true, record: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const [first, position, field] = issue.path;
    const goal = typeof position === "number" ? input.indicators[position]?.goalId : undefined;
    const id =
      first === "indicators" ? `${field === "comment" ? "comment" : "value"}-${String(goal)}` : String(first);
    errors[id] ??= issue.message;
  }
  return { ok: false, errors };
}

/** Today's calendar date in Sweden (YYYY-MM-DD): due dates are Swedish calendar dates. */
export function swedishDate(now: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Stockholm" }).format(now);
}

/** `days` calendar days after `date` (YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A stored calendar date (a DATE column, or a held-on date stored at midnight UTC) as YYYY-MM-DD. */
export const isoDate = (d: Date) => d.toISOString().slice(0, 10);
export const dateValue = (iso: string) => new Date(`${iso}T00:00:00Z`);
