// The partnership record (an IOP agreement; docs/domain.md, "The agreement template") as forms: one zod
// schema per section of the staff page, each naming the fields its form posts (the route reads the form
// by the schema: lib/server/http/form-to-object.ts) and answering with message keys
// (partnerships.errors.<key>) per field. The server validates with these and nothing else.

import { z } from "zod";
import { THEMES, type ThemeName } from "./themes";
import { checkOrgNumber } from "./org-number";

export const PARTNERSHIP_STATUSES = ["DRAFT", "ACTIVE", "ENDED"] as const;
export type PartnershipStatusName = (typeof PARTNERSHIP_STATUSES)[number];
export const PARTY_SIDES = ["CIVIL_SOCIETY", "PUBLIC"] as const;
export type PartySideName = (typeof PARTY_SIDES)[number];
export const PUBLISHED_PARTS = ["content", "goals", "results", "budget"] as const;
export type PublishedPart = (typeof PUBLISHED_PARTS)[number];

export type FormErrors = Record<string, string>;
export type Parsed<T> = { ok: true; data: T } | { ok: false; errors: FormErrors };
const required = (max: number) =>
  z.string({ error: "required" }).trim().min(1, { error: "required" }).max(max, { error: "tooLong" });
/** A field left out of a command counts as empty, as an empty field of the form does. */
const optional = (max: number) => z.string().trim().max(max, { error: "tooLong" }).default("");

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isRealDate = (v: string) =>
  ISO_DATE.test(v) &&
  !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
  new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);
/**
 * Agreement dates lie within these years and a period spans at most MAX_PERIOD_YEARS: a typo such as
 * 9999 would otherwise schedule tens of thousands of follow-ups (follow-up-schedule.ts).
 */
export const PERIOD_YEARS = { min: 1990, max: 2100 } as const;
export const MAX_PERIOD_YEARS = 25;
/** A real calendar date as YYYY-MM-DD within PERIOD_YEARS, or "" for none. */
const dateOrEmpty = z
  .string()
  .trim()
  .refine((v) => v === "" || isRealDate(v), { error: "date" })
  .refine(
    (v) =>
      v === "" ||
      !isRealDate(v) ||
      (Number(v.slice(0, 4)) >= PERIOD_YEARS.min && Number(v.slice(0, 4)) <= PERIOD_YEARS.max),
    { error: "dateYearRange" },
  )
  .default("");

/** The end's message key when the period from start to end is not a period (both YYYY-MM-DD or ""). */
function periodError(start: string, end: string): string | null {
  if (!start || !end) return null;
  if (end < start) return "endBeforeStart";
  const limit = `${Number(start.slice(0, 4)) + MAX_PERIOD_YEARS}${start.slice(4)}`;
  return end > limit ? "periodTooLong" : null;
}

/** zod's issues as field → message key, the first issue of each field only. */
function errorsOf(error: z.ZodError): FormErrors {
  const errors: FormErrors = {};
  for (const issue of error.issues) {
    const name = issue.path.map(String).join(".") || "form";
    errors[name] ??= issue.message;
  }
  return errors;
}

function parseWith<S extends z.ZodType>(schema: S, input: unknown): Parsed<z.infer<S>> {
  const result = schema.safeParse(input);
  return result.success ? { ok: true, data: result.data } : { ok: false, errors: errorsOf(result.error) };
}

// ---------------------------------------------------------------------------------------------
// Parties

export const partySchema = z
  .object({
    side: z.enum(PARTY_SIDES, { error: "required" }),
    name: required(300),
    orgNumber: optional(11),
    department: optional(300),
    // The civil-society party's contact, who gets the partner link (lib/server/partnerships/partner-link.ts).
    contactName: optional(200),
    contactEmail: optional(254).refine((v) => v === "" || z.email().safeParse(v).success, {
      error: "email",
    }),
  })
  .superRefine((p, ctx) => {
    if (p.orgNumber && !checkOrgNumber(p.orgNumber).ok)
      ctx.addIssue({ code: "custom", path: ["orgNumber"], message: "orgNumber" });
  });
export type PartyInput = z.infer<typeof partySchema>;

export function parseParty(input: z.input<typeof partySchema>): Parsed<PartyInput> {
  return parseWith(partySchema, input);
}

// ---------------------------------------------------------------------------------------------
// Sections of the record

export const contentSchema = z.object({
  title: required(300),
  purpose: optional(8000),
  targetGroup: optional(8000),
  values: optional(8000),
  efforts: optional(8000),
  overallGoal: optional(8000),
  themes: z
    .array(z.enum(THEMES, { error: "invalidOption" }))
    .max(THEMES.length)
    .default([]),
});
export type ContentInput = z.infer<typeof contentSchema>;

export const goalSchema = z.object({
  id: z.string(),
  text: required(1000),
  indicator: optional(500),
  target: optional(200),
  result: optional(200),
});
export type Goal = z.infer<typeof goalSchema>;
export const MAX_GOALS = 20;

// Each goal keeps an id across edits, so that follow-up values recorded for it (by goal id) stay
// with it when rows above it are removed. Goals stored before ids existed read as "legacy-<their
// position>", the position their values were recorded under (goalIndex), and keep that id when saved.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LEGACY_ID = /^legacy-\d{1,2}$/;
export const isGoalId = (v: unknown): v is string =>
  typeof v === "string" && (UUID.test(v) || LEGACY_ID.test(v));
export const legacyGoalId = (index: number) => `legacy-${index}`;
/** The id of a stored goal (an entry of Partnership.goals) at its position. */
export const storedGoalId = (goal: unknown, index: number) => {
  const id = goal && typeof goal === "object" ? (goal as Record<string, unknown>).id : undefined;
  return isGoalId(id) ? id : legacyGoalId(index);
};

export const periodSchema = z
  .object({ startDate: dateOrEmpty, endDate: dateOrEmpty, extensionDecisionDate: dateOrEmpty })
  .superRefine((p, ctx) => {
    const error = periodError(p.startDate, p.endDate);
    if (error) ctx.addIssue({ code: "custom", path: ["endDate"], message: error });
  });
export type PeriodInput = z.infer<typeof periodSchema>;

export const steeringGroupSchema = z.object({
  /** Members per party id, in the parties' own words ("Lars Backlund, Ronny Rönnbäck"). */
  members: z.record(z.string(), optional(1000)).default({}),
  decisionRule: optional(1000),
  meetingCadence: optional(500),
});
export type SteeringGroup = z.infer<typeof steeringGroupSchema>;

export const termsSchema = z.object({
  renegotiationTerms: optional(8000),
  repaymentTerms: optional(8000),
});

export const statusSchema = z.object({ status: z.enum(PARTNERSHIP_STATUSES, { error: "invalidOption" }) });

export type PublishedFlags = Record<PublishedPart, boolean>;

/** Stored JSON read leniently: what is not a proper value counts as empty. */
export function readSteeringGroup(value: unknown): SteeringGroup {
  const parsed = steeringGroupSchema.safeParse(value);
  return parsed.success ? parsed.data : { members: {}, decisionRule: "", meetingCadence: "" };
}

export function readGoals(value: unknown): Goal[] {
  if (!Array.isArray(value)) return [];
  return value.map((g, index) => {
    const o = (g && typeof g === "object" ? g : {}) as Record<string, unknown>;
    const s = (v: unknown) => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");
    return {
      id: storedGoalId(g, index),
      text: s(o.text),
      indicator: s(o.indicator),
      target: s(o.target),
      result: s(o.result),
    };
  });
}

export function readPublished(value: unknown): PublishedFlags {
  const v = (value && typeof value === "object" ? value : {}) as Record<string, unknown>;
  return {
    content: v.content === true,
    goals: v.goals === true,
    results: v.results === true,
    budget: v.budget === true,
  };
}

// ---------------------------------------------------------------------------------------------
// Section forms: each posted section read into its data

export function parseContent(input: z.input<typeof contentSchema>): Parsed<ContentInput> {
  return parseWith(contentSchema, { ...input, themes: [...new Set(input.themes ?? [])] });
}

/** The goals form: parallel lists, one row per goal, each row with its goal's id (hidden goalId). */
const rows = z.array(z.string()).default([]);
export const goalsFormSchema = z.object({
  goalId: rows,
  goalText: rows,
  goalIndicator: rows,
  goalTarget: rows,
  goalResult: rows,
});

/**
 * Rows left wholly empty are dropped. A row keeps the id posted with it; a new row, or one with a
 * malformed or repeated id, gets a new one.
 */
export function parseGoals(
  input: z.input<typeof goalsFormSchema>,
  newId: () => string = () => crypto.randomUUID(),
): Parsed<Goal[]> {
  const form = goalsFormSchema.parse(input);
  const seen = new Set<string>();
  const idAt = (i: number) => {
    const posted = (form.goalId[i] ?? "").trim();
    const id = isGoalId(posted) && !seen.has(posted) ? posted : newId();
    seen.add(id);
    return id;
  };
  const rows = form.goalText.map((_, i) => ({
    text: form.goalText[i] ?? "",
    indicator: form.goalIndicator[i] ?? "",
    target: form.goalTarget[i] ?? "",
    result: form.goalResult[i] ?? "",
  }));
  const kept = rows
    .map((r, index) => ({ r, index }))
    .filter(({ r }) => Object.values(r).some((v) => v.trim() !== ""));
  if (kept.length > MAX_GOALS) return { ok: false, errors: { "goal-0-text": "tooManyGoals" } };
  const errors: FormErrors = {};
  const goals: Goal[] = [];
  for (const { r, index } of kept) {
    const parsed = goalSchema.safeParse({ ...r, id: idAt(index) });
    if (parsed.success) goals.push(parsed.data);
    else for (const [k, v] of Object.entries(errorsOf(parsed.error))) errors[`goal-${index}-${k}`] ??= v;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, data: goals };
}

export function parsePeriod(input: z.input<typeof periodSchema>): Parsed<PeriodInput> {
  return parseWith(periodSchema, input);
}

/** Members are kept for the partnership's own parties only; a field is named "members.<party id>". */
export function parseSteeringGroup(
  input: z.input<typeof steeringGroupSchema>,
  partyIds: readonly string[],
): Parsed<SteeringGroup> {
  const members = Object.fromEntries(partyIds.map((id) => [id, input.members?.[id] ?? ""]));
  return parseWith(steeringGroupSchema, { ...input, members });
}

const months = z
  .string()
  .trim()
  .refine((v) => v === "" || (/^\d{1,2}$/.test(v) && Number(v) >= 1 && Number(v) <= 24), {
    error: "months",
  })
  .transform((v) => (v === "" ? null : Number(v)))
  .default(null);
/** Months as the form posts them: "" means none (null). */
export const followUpPlanFormSchema = z.object({
  talkEveryMonths: months,
  reportEveryMonths: months,
  description: optional(4000),
});

export function parseFollowUpPlanForm(
  input: z.input<typeof followUpPlanFormSchema>,
): Parsed<z.infer<typeof followUpPlanFormSchema>> {
  return parseWith(followUpPlanFormSchema, input);
}

export function parseTerms(input: z.input<typeof termsSchema>): Parsed<z.infer<typeof termsSchema>> {
  return parseWith(termsSchema, input);
}

export function parseStatus(input: z.input<typeof statusSchema>): Parsed<{ status: PartnershipStatusName }> {
  return parseWith(statusSchema, input);
}

/** The parts ticked, and `op`: publish, unpublish, or anything else to only save the parts. */
export const publishingFormSchema = z.object({
  parts: z.array(z.string()).default([]),
  op: z.string().default(""),
});

/** The published parts and whether to publish (true), withdraw (false) or only save the parts (null). */
export function parsePublishing(
  input: z.input<typeof publishingFormSchema>,
): Parsed<{ flags: PublishedFlags; publish: boolean | null }> {
  const { parts, op } = publishingFormSchema.parse(input);
  const chosen = new Set(parts);
  const flags = Object.fromEntries(PUBLISHED_PARTS.map((p) => [p, chosen.has(p)])) as PublishedFlags;
  return { ok: true, data: { flags, publish: op === "publish" ? true : op === "unpublish" ? false : null } };
}

// ---------------------------------------------------------------------------------------------
// A new partnership entered directly (an agreement that exists already)

export const newPartnershipSchema = z
  .object({
    title: required(300),
    civilName: required(300),
    civilOrgNumber: optional(11),
    publicName: required(300),
    publicDepartment: optional(300),
    startDate: dateOrEmpty,
    endDate: dateOrEmpty,
  })
  .superRefine((p, ctx) => {
    if (p.civilOrgNumber && !checkOrgNumber(p.civilOrgNumber).ok)
      ctx.addIssue({ code: "custom", path: ["civilOrgNumber"], message: "orgNumber" });
    const error = periodError(p.startDate, p.endDate);
    if (error) ctx.addIssue({ code: "custom", path: ["endDate"], message: error });
  });
export type NewPartnershipInput = z.infer<typeof newPartnershipSchema>;

export function parseNewPartnership(
  input: z.input<typeof newPartnershipSchema>,
): Parsed<NewPartnershipInput> {
  return parseWith(newPartnershipSchema, input);
}

// ---------------------------------------------------------------------------------------------
// From a granted request: the intake answers carried over, nothing retyped

type AnswerValues = Record<string, string | string[] | undefined>;
export interface GrantedRequest {
  subject: string | null;
  themes: readonly string[];
  answers: unknown;
  organisation: { name: string; orgNumber: string | null } | null;
}

export interface PartnershipDraft {
  title: string;
  purpose: string;
  targetGroup: string;
  efforts: string;
  overallGoal: string;
  themes: ThemeName[];
  background: string;
  parties: { side: PartySideName; name: string; orgNumber: string | null; department: string | null }[];
}

const paragraphs = (...parts: (string | undefined)[]) =>
  parts
    .map((p) => p?.trim() ?? "")
    .filter(Boolean)
    .join("\n\n");

/**
 * The partnership's first draft from the request's answers (lib/domain/intake/sections): the
 * organisation as civil-society party, the municipality as public party (its department is for
 * lotsen to fill in), and purpose, target group, efforts and goal from the applicant's own words.
 */
export function draftFromRequest(request: GrantedRequest, municipalityName: string): PartnershipDraft {
  const answers = (request.answers && typeof request.answers === "object" ? request.answers : {}) as Record<
    string,
    AnswerValues
  >;
  const a = (section: string, field: string) => {
    const v = answers[section]?.[field];
    return typeof v === "string" ? v : "";
  };
  const orgName = request.organisation?.name || a("organisation", "name");
  const orgNumber = request.organisation?.orgNumber || a("organisation", "orgNumber") || null;
  const themes = (
    request.themes.length ? [...request.themes] : ((answers.themes?.themes as string[] | undefined) ?? [])
  ).filter((t): t is ThemeName => (THEMES as readonly string[]).includes(t));
  return {
    title: (a("idea", "title") || request.subject || orgName).slice(0, 300),
    purpose: paragraphs(a("activity", "purpose"), a("idea", "description")),
    targetGroup: paragraphs(a("targetGroup", "who"), a("targetGroup", "needs")),
    efforts: paragraphs(a("activities", "activities"), a("targetGroup", "how"), a("partnerHow", "tasks")),
    overallGoal: a("activity", "purpose"),
    themes: [...new Set(themes)],
    // "What do you work with?" is what the agreement template's Bakgrund tells of the association. Nothing in
    // the request clearly answers organisation, evaluation or surplus: lotsen writes those.
    background: a("activity", "orientation"),
    parties: [
      { side: "CIVIL_SOCIETY", name: orgName.slice(0, 300), orgNumber, department: null },
      { side: "PUBLIC", name: municipalityName.slice(0, 300), orgNumber: null, department: null },
    ],
  };
}
