import "server-only";
import { pickSectionValues, type FieldValues } from "@/lib/domain/intake/schema";
import { SECTIONS, type SectionDef } from "@/lib/domain/intake/sections";
import type { Locale } from "@/lib/i18n/routing";
import { getDb } from "../db/client";
import { pagePath } from "../urls";
import { currentApplicantRequest, startDraft } from "./applicant-session";
import type { SendableDraft } from "./send-request";

/**
 * Stores one section's answers exactly as typed (valid or not, so nothing is lost), in one atomic
 * statement: two tabs saving different sections never overwrite each other. Only drafts change.
 * Returns the draft as saved (what sendRequest needs), or null when there was no draft to save to.
 */
export async function saveSection(
  requestId: string,
  sectionId: string,
  values: FieldValues,
): Promise<SendableDraft | null> {
  const db = await getDb();
  const rows = await db.$queryRaw<SendableDraft[]>`
    UPDATE request
       SET answers = jsonb_set(answers, ARRAY[${sectionId}]::text[], ${JSON.stringify(values)}::jsonb, true),
           version = version + 1,
           updated_at = now()
     WHERE id = ${requestId}::uuid AND status = 'DRAFT'
    RETURNING id::text AS id, kind::text AS kind, status::text AS status, version, answers,
      registration_number AS "registrationNumber"`;
  return rows[0] ?? null;
}

/** What a section's form posted: one value per field, a list for the themes. */
export function sectionValuesOf(section: SectionDef, form: FormData): FieldValues {
  return pickSectionValues(section, (name) => {
    const all = form.getAll(name).filter((v): v is string => typeof v === "string");
    return section.fields.find((f) => f.name === name)?.type === "themes" ? all : all[0];
  });
}

export type SectionDraft =
  { state: "draft"; id: string } | { state: "sent" } | { state: "limited"; retryAfterSeconds: number };

/**
 * The browser's own draft that a section post fills. No cookie (expired, or another browser): a new
 * draft keeps what was typed rather than lose it.
 */
export async function draftForSection(locale: Locale, headers: Headers): Promise<SectionDraft> {
  const draft = await currentApplicantRequest("COLLABORATION");
  if (draft) return draft.status === "DRAFT" ? { state: "draft", id: draft.id } : { state: "sent" };
  const started = await startDraft("COLLABORATION", locale, headers);
  return started.ok
    ? { state: "draft", id: started.id }
    : { state: "limited", retryAfterSeconds: started.retryAfterSeconds };
}

/** The autosave's answer when nothing was saved: no such section, already sent, or rate-limited. */
export const autosaveRefused = (status: 404 | 409 | 429) =>
  Response.json({ saved: false, errors: {} }, { status });

/** Where a section post leads without JavaScript: back to its errors, the overview, or the next section. */
export function afterSectionPath(
  locale: Locale,
  section: SectionDef,
  valid: boolean,
  next: FormDataEntryValue | null,
): string {
  const sectionPage = (id: string) =>
    pagePath(locale, { pathname: "/forfragan/avsnitt/[section]", params: { section: id } });
  if (!valid) return `${sectionPage(section.id)}?fel=1#fel`;
  const following = SECTIONS[SECTIONS.findIndex((s) => s.id === section.id) + 1];
  if (next === "overview" || !following) return pagePath(locale, "/forfragan/oversikt");
  return sectionPage(following.id);
}
