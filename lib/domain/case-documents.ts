import { z } from "zod";

// A case's registered documents (allmänna handlingar): their numbers, secrecy markings and the
// export choices. Pure: lib/server/records stores and reads them.

export const DOCUMENT_DIRECTIONS = ["IN", "OUT", "INTERNAL"] as const;
export type DocumentDirection = (typeof DOCUMENT_DIRECTIONS)[number];

export const DOCUMENT_KINDS = [
  "REQUEST",
  "SUPPLEMENT",
  "ATTACHMENT",
  "MESSAGE",
  "OPINION",
  "PROPOSAL",
  "DECISION",
  "OUTGOING_MAIL",
  "AGREEMENT",
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** "KS 2026/0042-3": the case's registration number, a hyphen and the document's running number. */
export function documentNumber(registrationNumber: string, number: number): string {
  return `${registrationNumber}-${number}`;
}

/** A secrecy marking names the OSL provision, e.g. "OSL 19:3" or "OSL 21 kap. 7 §". */
const OSL_REFERENCE = /^OSL\s+\d{1,2}(\s*kap\.?)?\s*[:.]?\s*\d{1,2}(\s*[a-z])?\s*§?(\s+\S.*)?$/i;

export const secrecyMarkingSchema = z.discriminatedUnion("marking", [
  z.object({ marking: z.literal("none") }),
  z.object({
    marking: z.literal("osl"),
    paragraph: z
      .string()
      .trim()
      .min(1, { message: "paragraphRequired" })
      .max(100, { message: "paragraphTooLong" })
      .regex(OSL_REFERENCE, { message: "paragraphFormat" }),
  }),
]);
export type SecrecyMarking = z.infer<typeof secrecyMarkingSchema>;

/** The marking form's fields as posted; markSecrecy checks them with the schema above. */
export const secrecyMarkingFormSchema = z.object({ marking: z.string(), paragraph: z.string() });

/** The stored column: the paragraph, or null for no marking. */
export const secrecyColumn = (m: SecrecyMarking): string | null =>
  m.marking === "osl" ? m.paragraph.replace(/\s+/g, " ") : null;

export const EXPORT_FORMATS = ["csv", "pdf"] as const;
export const exportListSchema = z.object({
  format: z.enum(EXPORT_FORMATS),
  /** The user confirmed a secrecy review: marked documents are included, with their marking. */
  reviewed: z.boolean(),
});

/** Which documents an export may show: marked ones only after a confirmed secrecy review. */
export function releasable<T extends { secrecy: string | null }>(
  documents: readonly T[],
  reviewed: boolean,
): T[] {
  return reviewed ? [...documents] : documents.filter((d) => d.secrecy === null);
}

/** A case can be archived once it has an outcome (decided, declined, withdrawn or closed). */
export const isArchivable = (request: { status: string }) => request.status === "ENDED";

/** A partnership can be archived once it has ended. */
export const isPartnershipArchivable = (p: { status: string }) => p.status === "ENDED";
