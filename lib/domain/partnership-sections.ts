// The section forms of the partnership page and the schema each posts: the route reads a section's
// form by its schema (lib/server/http/form-to-object.ts) and saveSection validates it with the same
// one (lib/server/partnerships/save-section.ts).

import type { z } from "zod";
import { agreementSectionsSchema } from "./agreement-sections";
import {
  contentSchema,
  followUpPlanFormSchema,
  goalsFormSchema,
  periodSchema,
  publishingFormSchema,
  statusSchema,
  steeringGroupSchema,
  termsSchema,
} from "./partnership";

export const SECTION_FORMS = {
  content: contentSchema,
  goals: goalsFormSchema,
  period: periodSchema,
  steering: steeringGroupSchema,
  followUp: followUpPlanFormSchema,
  terms: termsSchema,
  agreement: agreementSectionsSchema,
  status: statusSchema,
  publishing: publishingFormSchema,
} as const satisfies Record<string, z.ZodType>;

export type SectionName = keyof typeof SECTION_FORMS;
export const SECTIONS = Object.keys(SECTION_FORMS) as SectionName[];

export type SectionInput<S extends SectionName> = z.input<(typeof SECTION_FORMS)[S]>;

/** A save of one section: the partnership, the version its page showed, and the section as typed. */
export type SectionCommand = {
  [S in SectionName]: { partnershipId: string; expectedVersion: number; section: S; input: SectionInput<S> };
}[SectionName];
