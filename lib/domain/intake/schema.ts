import * as z from "zod/mini";
import { checkOrgNumber } from "../org-number";
import { SECTIONS, type FieldDef, type SectionDef } from "./sections";

// One zod schema per section, built from the section definitions: the server checks with it on every
// save and on send, and the browser uses the same schema for inline help. Error messages are keys
// under `intake.errors` in the message files, translated where they are shown. zod/mini, the same
// checks as zod's chained API, because the section pages ship this file to the browser and mini
// brings only the checks used here.

export type FieldValues = Record<string, string | string[]>;
export type Answers = Record<string, FieldValues>;
export type FieldErrors = Record<string, { key: string; max?: number }>;

/** Longest value kept at all; longer input is cut here and refused by the schema's own limit. */
export const HARD_CAP = 20_000;

const EMAIL = z.email();

function fieldSchema(field: FieldDef): z.ZodMiniType {
  if (field.type === "themes") {
    const allowed = z.enum(field.options as [string, ...string[]], { error: "invalidOption" });
    const list = z.array(allowed).check(z.maxLength(field.max));
    return field.required ? list.check(z.minLength(1, { error: "chooseOne" })) : list;
  }
  let s = z.string({ error: "required" }).check(z.trim(), z.maxLength(field.max, { error: "tooLong" }));
  if (field.required) s = s.check(z.minLength(1, { error: "required" }));
  const filled = (check: (v: string) => boolean | string) =>
    s.check(
      z.superRefine((v, ctx) => {
        if (v === "") return;
        const result = check(v);
        if (result !== true)
          ctx.addIssue({ code: "custom", message: typeof result === "string" ? result : "invalid" });
      }),
    );
  switch (field.type) {
    case "email":
      return filled((v) => EMAIL.safeParse(v).success || "email");
    case "url":
      return filled((v) => /^https?:\/\/[^\s.]+\.[^\s]+$/i.test(v) || "url");
    case "tel":
      return filled((v) => /^\+?[\d\s()-]{5,40}$/.test(v) || "phone");
    case "count":
      return filled((v) => /^\d{1,7}$/.test(v) || "count");
    case "orgNumber":
      return filled((v) => {
        const r = checkOrgNumber(v);
        return r.ok || `orgNumber.${r.problem}`;
      });
    case "select":
      return filled((v) => (field.options ?? []).includes(v) || "invalidOption");
    default:
      return s;
  }
}

// Built once per section: the definitions never change while the process runs.
const schemas = new Map<SectionDef, z.ZodMiniType>();

export function sectionSchema(section: SectionDef): z.ZodMiniType {
  let schema = schemas.get(section);
  if (!schema) schemas.set(section, (schema = buildSectionSchema(section)));
  return schema;
}

function buildSectionSchema(section: SectionDef) {
  const shape = Object.fromEntries(section.fields.map((f) => [f.name, fieldSchema(f)]));
  const object = z.object(shape);
  const need = section.atLeastOne;
  if (!need) return object;
  return object.check(
    z.superRefine((values, ctx) => {
      const filled = need.some(
        (name) => typeof values[name] === "string" && (values[name] as string).trim() !== "",
      );
      if (!filled) ctx.addIssue({ code: "custom", path: [need[0]!], message: "atLeastOne" });
    }),
  );
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
  // A field never saved counts as left empty.
  const complete = Object.fromEntries(
    section.fields.map((f) => [f.name, values?.[f.name] ?? (f.type === "themes" ? [] : "")]),
  );
  const result = sectionSchema(section).safeParse(complete);
  if (result.success) return {};
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const name = String(issue.path[0] ?? section.fields[0]!.name);
    if (errors[name]) continue;
    const field = section.fields.find((f) => f.name === name);
    errors[name] = {
      key: issue.message,
      ...(issue.message === "tooLong" && field ? { max: field.max } : {}),
    };
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
