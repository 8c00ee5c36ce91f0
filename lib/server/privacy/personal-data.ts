import "server-only";
import type { HitKind } from "@/lib/domain/privacy";

// Where personal data lives: every table and column that can hold an applicant's or partner's
// e-mail address, phone number, name, organisation number or free text. The register extract
// (extract.ts) searches exactly these columns and the erasure (erase.ts) replaces exactly these, so
// a new table holding such data is one entry here. SQL fragments are fixed text (never user input);
// rows are aliased `t`, and in `erasedWith` $1 is the erased request's id.

/** How a column is erased: replaced by the tombstone, emptied, or kept (with the reason in `kept`). */
export type EraseAction =
  | "tombstone" // "[raderad 2026-11-30]" where there was text
  | "null"
  | "emptyObject" // jsonb '{}'
  | "emptyList" // jsonb '[]'
  | "emptyArray" // a text[] column
  | "answers" // the request's answers: typed-in text replaced, codes kept (lib/domain/privacy.ts)
  | "file"; // the column is a file-store key: the contents are removed, the key cleared

export interface PersonalColumn {
  name: string;
  erase?: EraseAction;
}

export interface PersonalDataTable {
  kind: HitKind;
  table: string;
  columns: PersonalColumn[];
  /** The ids of the requests a row belongs to, as comma-separated text (empty when none). */
  requests: string;
  /** The rows erased with a request; absent when the table is never changed by an erasure. */
  erasedWith?: string;
  /** Why the table is left as it is (append-only trail, staff accounts, archive duty). */
  kept?: string;
  /** The rows of a request found by the extract are listed with these too (all of them belong to the case). */
  listedWithRequest?: boolean;
}

const REQUEST = "t.request_id::text";
const OF_PARTNERSHIP = "(SELECT p.request_id::text FROM partnership p WHERE p.id = t.partnership_id)";
/** A contact or organisation is erased with a request only when no other request points to it. */
const ONLY_FOR_REQUEST = (column: string) =>
  `t.id = (SELECT r.${column} FROM request r WHERE r.id = $1::uuid)
   AND NOT EXISTS (SELECT 1 FROM request o WHERE o.${column} = t.id AND o.id <> $1::uuid)`;

/** Columns written as `{ column: how it is erased }`; "kept" columns are searched but never changed. */
function columns(spec: Record<string, EraseAction | "kept">): PersonalColumn[] {
  return Object.entries(spec).map(([name, erase]) => (erase === "kept" ? { name } : { name, erase }));
}

/** A table whose rows each belong to one request (its request_id) and are erased with it. */
function ofRequest(
  kind: HitKind,
  table: string,
  spec: Parameters<typeof columns>[0],
  more: Partial<PersonalDataTable> = {},
): PersonalDataTable {
  return {
    kind,
    table,
    columns: columns(spec),
    requests: REQUEST,
    erasedWith: "t.request_id = $1::uuid",
    ...more,
  };
}

/** A table whose rows belong to a partnership (its partnership_id), erased with the partnership's request. */
function ofPartnership(kind: HitKind, table: string, spec: Parameters<typeof columns>[0]): PersonalDataTable {
  return {
    kind,
    table,
    columns: columns(spec),
    requests: `coalesce(${OF_PARTNERSHIP}, '')`,
    erasedWith: "t.partnership_id IN (SELECT p.id FROM partnership p WHERE p.request_id = $1::uuid)",
  };
}

export const PERSONAL_DATA: readonly PersonalDataTable[] = [
  {
    kind: "request",
    table: "request",
    columns: columns({ subject: "tombstone", answers: "answers", outcome_reason: "tombstone" }),
    requests: "t.id::text",
    erasedWith: "t.id = $1::uuid",
  },
  // Mail before the contact: mail without a case is found by the contact's address.
  {
    kind: "mail",
    table: "outbox_email",
    columns: columns({
      to_address: "tombstone",
      subject: "tombstone",
      text_body: "tombstone",
      html_body: "null",
      attachments: "emptyList",
      bearer_links: "emptyArray",
      last_error: "null",
    }),
    requests: `coalesce(${REQUEST}, '')`,
    erasedWith: `t.request_id = $1::uuid OR (t.request_id IS NULL AND lower(t.to_address) IN (
      SELECT lower(c.email) FROM contact_person c WHERE c.id = (SELECT r.contact_id FROM request r WHERE r.id = $1::uuid)
      AND NOT EXISTS (SELECT 1 FROM request o WHERE o.contact_id = c.id AND o.id <> $1::uuid)))`,
    listedWithRequest: true,
  },
  {
    kind: "contact",
    table: "contact_person",
    columns: columns({ name: "tombstone", email: "tombstone", phone: "null" }),
    requests: "array_to_string(ARRAY(SELECT r.id::text FROM request r WHERE r.contact_id = t.id), ',')",
    erasedWith: ONLY_FOR_REQUEST("contact_id"),
  },
  {
    kind: "organisation",
    table: "organisation",
    columns: columns({ name: "tombstone", org_number: "null", website: "null" }),
    requests: "array_to_string(ARRAY(SELECT r.id::text FROM request r WHERE r.organisation_id = t.id), ',')",
    erasedWith: ONLY_FOR_REQUEST("organisation_id"),
  },
  ofRequest("message", "message", { body: "tombstone" }, { listedWithRequest: true }),
  ofRequest(
    "attachment",
    "attachment",
    { filename: "tombstone", storage_key: "file" },
    { listedWithRequest: true },
  ),
  // The register of the case's documents: who sent or received each, and what it is about. The
  // number, kind, direction and date stay (a trigger keeps them), so the register still shows
  // that the document existed.
  ofRequest(
    "document",
    "case_document",
    { counterpart: "tombstone", description: "tombstone" },
    { listedWithRequest: true },
  ),
  ofRequest("note", "internal_note", { body: "tombstone" }),
  ofRequest("opinion", "expert_opinion", {
    question: "tombstone",
    conflict_note: "tombstone",
    answer: "tombstone",
  }),
  ofRequest("presentation", "presentation", { place: "tombstone", notes: "tombstone" }),
  ofRequest("proposal", "decision_proposal", {
    motivation: "tombstone",
    resources: "tombstone",
    criteria: "emptyList",
  }),
  ofRequest(
    "partnership",
    "partnership",
    { steering_group: "emptyObject" },
    { requests: `coalesce(${REQUEST}, '')` },
  ),
  ofPartnership("party", "partnership_party", {
    name: "kept",
    org_number: "null",
    contact_name: "null",
    contact_email: "null",
  }),
  ofPartnership("followUp", "follow_up", { participants: "null", notes: "null" }),
  ofPartnership("partnerReport", "partner_report", { activities: "tombstone", review_comment: "null" }),
  {
    kind: "partnerReportFile",
    table: "partner_report_file",
    columns: columns({ filename: "tombstone", storage_key: "file" }),
    requests: `coalesce((SELECT p.request_id::text FROM partner_report pr JOIN partnership p ON p.id = pr.partnership_id
      WHERE pr.id = t.report_id), '')`,
    erasedWith: `t.report_id IN (SELECT pr.id FROM partner_report pr JOIN partnership p ON p.id = pr.partnership_id
      WHERE p.request_id = $1::uuid)`,
  },
  {
    kind: "signature",
    table: "agreement_signature",
    columns: columns({ name: "kept", email: "kept", signed_name: "kept", evidence: "kept" }),
    requests: `coalesce((SELECT p.request_id::text FROM agreement_version v JOIN partnership p ON p.id = v.partnership_id
      WHERE v.id = t.version_id), '')`,
    kept: "A signed or sent agreement is archived with its partnership; erasure refuses such a case (erase.ts).",
  },
  {
    kind: "staffUser",
    table: "staff_user",
    columns: columns({ name: "kept", email: "kept" }),
    requests: "''",
    kept: "Staff accounts are kept and disabled by administrators, not erased with a case.",
  },
  {
    kind: "caseEvent",
    table: "case_event",
    columns: columns({ data: "kept" }),
    requests: REQUEST,
    kept: "Append-only: a trigger refuses UPDATE and DELETE; the erasure is recorded as a new event.",
  },
  {
    kind: "auditEvent",
    table: "audit_event",
    columns: columns({ changes: "kept" }),
    requests: "CASE WHEN t.entity = 'request' THEN t.entity_id ELSE '' END",
    kept: "Append-only: a trigger refuses UPDATE and DELETE; new rows name changed fields, not personal values.",
  },
];
