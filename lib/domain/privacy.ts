import { z } from "zod";
import { checkOrgNumber } from "./org-number";
import { QUESTION_SECTION, SECTIONS, type FieldType, type SectionDef } from "./intake/sections";

// The data subject's rights (GDPR Art. 15-17): which identifiers an extract may be asked for, how
// each is matched in stored text, and what an erased value is replaced with. Pure: the tables that
// hold personal data are listed in lib/server/privacy/personal-data.ts.

export const IDENTIFIER_KINDS = ["email", "phone", "orgNumber"] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

export interface Identifier {
  kind: IdentifierKind;
  /** Normalised: an address in lower case, a phone number as national digits, an org number NNNNNN-NNNN. */
  value: string;
}

/** The kinds of row a register extract lists (lib/server/privacy/personal-data.ts says where each lives). */
export const HIT_KINDS = [
  "request",
  "contact",
  "organisation",
  "message",
  "attachment",
  "document",
  "mail",
  "note",
  "opinion",
  "presentation",
  "proposal",
  "partnership",
  "party",
  "followUp",
  "partnerReport",
  "partnerReportFile",
  "signature",
  "staffUser",
  "caseEvent",
  "auditEvent",
] as const;
export type HitKind = (typeof HIT_KINDS)[number];

export type IdentifierProblem = "required" | "email" | "phone" | "orgNumber" | "kind";

const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;

/** National digits of a Swedish phone number: "+46 70-123 45 67" and "070 123 45 67" are both "0701234567". */
export function normalisePhone(input: string): string | null {
  const trimmed = input.trim();
  if (!/^\+?[\d\s()-]{5,40}$/.test(trimmed)) return null;
  let digits = trimmed.replace(/\D/g, "");
  if (trimmed.startsWith("+46")) digits = `0${digits.slice(2)}`;
  else if (trimmed.startsWith("+")) digits = `+${digits}`;
  else if (digits.startsWith("0046")) digits = `0${digits.slice(4)}`;
  return digits.replace(/^\+/, "").length >= 5 ? digits : null;
}

export function parseIdentifier(
  kind: string,
  raw: string,
): { ok: true; identifier: Identifier } | { ok: false; problem: IdentifierProblem } {
  if (!(IDENTIFIER_KINDS as readonly string[]).includes(kind)) return { ok: false, problem: "kind" };
  const value = raw.trim();
  if (!value) return { ok: false, problem: "required" };
  switch (kind as IdentifierKind) {
    case "email":
      return EMAIL.test(value) && value.length <= 254
        ? { ok: true, identifier: { kind: "email", value: value.toLowerCase() } }
        : { ok: false, problem: "email" };
    case "phone": {
      const phone = normalisePhone(value);
      return phone
        ? { ok: true, identifier: { kind: "phone", value: phone } }
        : { ok: false, problem: "phone" };
    }
    case "orgNumber": {
      const org = checkOrgNumber(value);
      return org.ok
        ? { ok: true, identifier: { kind: "orgNumber", value: org.value } }
        : { ok: false, problem: "orgNumber" };
    }
  }
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const SEPARATOR = "[ ()-]*";

/**
 * A PostgreSQL regular expression (used case-insensitively with ~*) that finds the identifier in any
 * stored text, JSON included: an address as typed in any case; a phone number with or without
 * spaces, dashes or the +46 prefix; an org number with or without its dash or a 16 century prefix.
 */
export function identifierPattern(identifier: Identifier): string {
  const digitsJoined = (digits: string) => digits.split("").join(SEPARATOR);
  switch (identifier.kind) {
    case "email":
      return `(^|[^a-z0-9._%+-])${escapeRegex(identifier.value)}($|[^a-z0-9-]|\\.($|[^a-z0-9]))`;
    case "phone": {
      const v = identifier.value;
      const body = v.startsWith("0")
        ? `(0|\\+46${SEPARATOR}|0046${SEPARATOR})${SEPARATOR}${digitsJoined(v.slice(1))}`
        : `\\+?${digitsJoined(v)}`;
      return `(^|[^0-9])${body}($|[^0-9])`;
    }
    case "orgNumber": {
      const digits = identifier.value.replace("-", "");
      return `(^|[^0-9])(16)?${digits.slice(0, 6)}-?${digits.slice(6)}($|[^0-9])`;
    }
  }
}

/** What an erased value is replaced with: the fact that something was there, and when it went. */
export function tombstone(at: Date): string {
  const day = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" }).format(at);
  return `[raderad ${day}]`;
}

// Answers of these types are the form's own codes and counts, never a person's data.
const CODED: readonly FieldType[] = ["select", "themes", "count"];

function fieldType(sectionId: string, name: string): FieldType | undefined {
  const sections: readonly SectionDef[] = [...SECTIONS, QUESTION_SECTION];
  return sections.find((s) => s.id === sectionId)?.fields.find((f) => f.name === name)?.type;
}

/** The request's answers with every typed-in text replaced; codes, counts and themes stay. */
export function eraseAnswers(answers: unknown, mark: string): unknown {
  if (!answers || typeof answers !== "object" || Array.isArray(answers)) return {};
  const erased: Record<string, unknown> = {};
  for (const [sectionId, fields] of Object.entries(answers as Record<string, unknown>)) {
    if (!fields || typeof fields !== "object" || Array.isArray(fields)) continue;
    const out: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(fields as Record<string, unknown>)) {
      const type = fieldType(sectionId, name);
      if (type && CODED.includes(type)) out[name] = value;
      else if (typeof value === "string") out[name] = value.trim() ? mark : value;
      else if (Array.isArray(value)) out[name] = value.map(() => mark);
      else out[name] = null;
    }
    erased[sectionId] = out;
  }
  return erased;
}

/** The contact details the data protection officer may correct (GDPR Art. 16). */
export const RECTIFIABLE_FIELDS = ["name", "email", "phone"] as const;
export type RectifiableField = (typeof RECTIFIABLE_FIELDS)[number];

export const contactRectificationSchema = z.object({
  name: z.string().trim().min(1, "required").max(200, "tooLong"),
  email: z
    .string()
    .trim()
    .min(1, "required")
    .max(254, "tooLong")
    .regex(EMAIL, "email")
    .transform((v) => v.toLowerCase()),
  phone: z
    .string()
    .trim()
    .max(40, "tooLong")
    .refine((v) => v === "" || normalisePhone(v) !== null, "phone")
    .transform((v) => (v === "" ? null : v)),
});
export type ContactRectification = z.infer<typeof contactRectificationSchema>;

/** Which of the contact's fields the correction changes; the trail records these names, not values. */
export function changedContactFields(
  before: { name: string; email: string; phone: string | null },
  after: ContactRectification,
): RectifiableField[] {
  return RECTIFIABLE_FIELDS.filter((f) => (before[f] ?? null) !== (after[f] ?? null));
}
