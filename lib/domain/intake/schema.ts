import { checkOrgNumber } from "../org-number";
import { SECTIONS, type FieldDef, type SectionDef } from "./sections";

// The rules of each section, derived from the section definitions: the server checks with them on
// every save and on send, and the browser runs the same function for inline help. Plain checks, no
// schema library: the section pages ship this file to the browser. Error messages are keys under
// `intake.errors` in the message files, translated where they are shown.

export type FieldValues = Record<string, string | string[]>;
export type Answers = Record<string, FieldValues>;
export type FieldErrors = Record<string, { key: string; max?: number }>;

/** Longest value kept at all; longer input is cut here and refused by the field's own limit. */
export const HARD_CAP = 20_000;

// The address check zod's z.email() makes (zod/v4/core/regexes.js), which this form used before.
const EMAIL =
  /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;

/** A filled-in text's format: true, or the error key. */
function formatProblem(field: FieldDef, v: string): true | string {
  switch (field.type) {
    case "email":
      return EMAIL.test(v) || "email";
    case "url":
      return /^https?:\/\/[^\s.]+\.[^\s]+$/i.test(v) || "url";
    case "tel":
      return /^\+?[\d\s()-]{5,40}$/.test(v) || "phone";
    case "count":
      return /^\d{1,7}$/.test(v) || "count";
    case "orgNumber": {
      const r = checkOrgNumber(v);
      return r.ok || `orgNumber.${r.problem}`;
    }
    case "select":
      return (field.options ?? []).includes(v) || "invalidOption";
    default:
      return true;
  }
}

/** The first problem with one field's value, if any. */
function fieldProblem(field: FieldDef, value: string | string[] | undefined): string | undefined {
  if (field.type === "themes") {
    if (!Array.isArray(value)) return "invalidOption";
    if (value.some((v) => !(field.options ?? []).includes(v))) return "invalidOption";
    if (value.length > field.max) return "invalidOption";
    return field.required && value.length === 0 ? "chooseOne" : undefined;
  }
  if (typeof value !== "string") return "required";
  const v = value.trim();
  if (v.length > field.max) return "tooLong";
  if (v === "") return field.required ? "required" : undefined;
  const format = formatProblem(field, v);
  return format === true ? undefined : format;
}

/** PostgreSQL text cannot hold NUL characters; nobody types them. */
const stripNul = (v: string) => v.replaceAll("\0", "");

/** Normalises raw form input to the section's fields: unknown keys dropped, text capped. */
export function pickSectionValues(
  section: SectionDef,
  input: (name: string) => string | string[] | undefined,
): FieldValues {
  const values: FieldValues = {};
  for (const field of section.fields) {
    const raw = input(field.name);
    if (field.type === "themes") {
      const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
      values[field.name] = [...new Set(list.map((v) => stripNul(v).slice(0, 50)))].slice(0, 20);
    } else {
      values[field.name] = stripNul(Array.isArray(raw) ? (raw[0] ?? "") : (raw ?? "")).slice(0, HARD_CAP);
    }
  }
  return values;
}

export function validateSection(section: SectionDef, values: FieldValues | undefined): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of section.fields) {
    // A field never saved counts as left empty.
    const key = fieldProblem(field, values?.[field.name] ?? (field.type === "themes" ? [] : ""));
    if (key) errors[field.name] = { key, ...(key === "tooLong" ? { max: field.max } : {}) };
  }
  const need = section.atLeastOne;
  if (need && !errors[need[0]!]) {
    const filled = need.some((name) => typeof values?.[name] === "string" && values[name].trim() !== "");
    if (!filled) errors[need[0]!] = { key: "atLeastOne" };
  }
  return errors;
}

export type SectionStatus = "notStarted" | "inProgress" | "completed";

export function sectionStatus(section: SectionDef, answers: Answers): SectionStatus {
  const values = answers[section.id];
  if (!values) return "notStarted";
  return Object.keys(validateSection(section, values)).length === 0 ? "completed" : "inProgress";
}

/** Sections that stop the request from being sent (optional sections never do). */
export function incompleteSections(answers: Answers): SectionDef[] {
  return (SECTIONS as readonly SectionDef[]).filter(
    (s) => Object.keys(validateSection(s, answers[s.id] ?? {})).length > 0,
  );
}
