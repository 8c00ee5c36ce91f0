import { THEMES } from "../themes";

// The request form, section by section: the municipality's checklist (docs/domain.md) plus the
// facts it assumes (organisation, contact, themes). Labels and hints live in the message files under
// `intake.fields.<section>.<field>`; validation rules are derived from these definitions in schema.ts.

export const ORGANISATION_FORMS = [
  "ASSOCIATION",
  "FOUNDATION",
  "FAITH_COMMUNITY",
  "WORK_INTEGRATING_SOCIAL_ENTERPRISE",
  "ECONOMIC_ASSOCIATION",
  "OTHER",
] as const;

export type FieldType =
  "text" | "textarea" | "email" | "tel" | "url" | "orgNumber" | "count" | "select" | "themes";

export interface FieldDef {
  name: string;
  type: FieldType;
  required: boolean;
  /** Longest accepted answer, in characters. */
  max: number;
  options?: readonly string[];
  autocomplete?: string;
}

export interface SectionDef {
  id: string;
  /** The checklist item(s) the section answers, for the overview. */
  checklistItems: number[];
  fields: FieldDef[];
  /** At least one of these fields must be filled in (the error is shown on the first). */
  atLeastOne?: string[];
}

const text = (name: string, required = true, max = 200, autocomplete?: string): FieldDef => ({
  name,
  type: "text",
  required,
  max,
  autocomplete,
});
const long = (name: string, required = true, max = 4000): FieldDef => ({
  name,
  type: "textarea",
  required,
  max,
});
/** Text areas of at most 2,000 characters, all required or all optional. */
const briefs = (required: boolean, ...names: string[]): FieldDef[] =>
  names.map((name) => long(name, required, 2000));

export const SECTIONS = [
  {
    id: "organisation",
    checklistItems: [2],
    fields: [
      text("name", true, 200, "organization"),
      { name: "orgNumber", type: "orgNumber", required: true, max: 11 },
      { name: "form", type: "select", required: true, max: 40, options: ORGANISATION_FORMS },
      { name: "website", type: "url", required: false, max: 300, autocomplete: "url" },
    ],
  },
  {
    id: "contact",
    checklistItems: [],
    fields: [
      text("name", true, 200, "name"),
      { name: "email", type: "email", required: true, max: 254, autocomplete: "email" },
      { name: "phone", type: "tel", required: false, max: 40, autocomplete: "tel" },
    ],
  },
  {
    id: "themes",
    checklistItems: [],
    fields: [{ name: "themes", type: "themes", required: true, max: THEMES.length, options: THEMES }],
  },
  {
    id: "activity",
    checklistItems: [1],
    fields: [
      ...briefs(true, "orientation", "purpose"),
      ...briefs(false, "staffing", "premises", "funding", "budget"),
    ],
  },
  { id: "idea", checklistItems: [3], fields: [text("title", true, 150), long("description")] },
  { id: "activities", checklistItems: [4], fields: [long("activities")] },
  {
    id: "collaboration",
    checklistItems: [5],
    fields: briefs(false, "competence", "cofunding", "arenas"),
    atLeastOne: ["competence", "cofunding", "arenas"],
  },
  {
    id: "targetGroup",
    checklistItems: [6],
    fields: briefs(true, "who", "needs", "how"),
  },
  {
    id: "organisationStructure",
    checklistItems: [7],
    fields: [
      long("board", true, 2000),
      long("management", false, 2000),
      { name: "employees", type: "count", required: true, max: 7 },
      { name: "volunteers", type: "count", required: true, max: 7 },
    ],
  },
  { id: "competence", checklistItems: [8], fields: [long("have", true, 2000), long("need", false, 2000)] },
  { id: "partners", checklistItems: [9], fields: [long("partners", false, 2000)] },
  {
    id: "partnerHow",
    checklistItems: [10],
    fields: briefs(false, "premises", "competence", "funding", "tasks"),
  },
  { id: "other", checklistItems: [11], fields: [long("other", false)] },
] as const satisfies readonly SectionDef[];

export type SectionId = (typeof SECTIONS)[number]["id"];
export const SECTION_IDS = SECTIONS.map((s) => s.id) as SectionId[];

export function findSection(id: string): SectionDef | undefined {
  return (SECTIONS as readonly SectionDef[]).find((s) => s.id === id);
}

/** A section whose every field is optional: it may be left untouched. */
export function isOptionalSection(section: SectionDef): boolean {
  return !section.atLeastOne && section.fields.every((f) => !f.required);
}

/** The question path: a short form of its own. */
export const QUESTION_SECTION: SectionDef = {
  id: "question",
  checklistItems: [],
  fields: [
    text("name", true, 200, "name"),
    { name: "email", type: "email", required: true, max: 254, autocomplete: "email" },
    text("organisation", false, 200, "organization"),
    long("question", true, 4000),
  ],
};
