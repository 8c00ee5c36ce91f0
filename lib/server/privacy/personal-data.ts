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
  | "emptyJson" // '{}' or '[]' as given in `empty`
  | "emptyArray" // a text[] column
  | "answers" // the request's answers: typed-in text replaced, codes kept (lib/domain/privacy.ts)
  | "file"; // the column is a file-store key: the contents are removed, the key cleared

export interface PersonalColumn {
  name: string;
  erase?: EraseAction;
  /** For emptyJson. */
  empty?: "{}" | "[]";
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
const PARTNERSHIP_OF_REQUEST =
  "t.partnership_id IN (SELECT p.id FROM partnership p WHERE p.request_id = $1::uuid)";
/** A contact or organisation is erased with a request only when no other request points to it. */
const ONLY_FOR_REQUEST = (column: string) =>
  `t.id = (SELECT r.${column} FROM request r WHERE r.id = $1::uuid)
   AND NOT EXISTS (SELECT 1 FROM request o WHERE o.${column} = t.id AND o.id <> $1::uuid)`;

export const PERSONAL_DATA: readonly PersonalDataTable[] = [
  {
    kind: "request",
    table: "request",
    columns: [
      { name: "subject", erase: "tombstone" },
      { name: "answers", erase: "answers" },
      { name: "outcome_reason", erase: "tombstone" },
    ],
    requests: "t.id::text",
    erasedWith: "t.id = $1::uuid",
  },
  // Mail before the contact: mail without a case is found by the contact's address.
  {
    kind: "mail",
    table: "outbox_email",
    columns: [
      { name: "to_address", erase: "tombstone" },
      { name: "subject", erase: "tombstone" },
      { name: "text_body", erase: "tombstone" },
      { name: "html_body", erase: "null" },
      { name: "attachments", erase: "emptyJson", empty: "[]" },
      { name: "bearer_links", erase: "emptyArray" },
      { name: "last_error", erase: "null" },
    ],
    requests: `coalesce(${REQUEST}, '')`,
    erasedWith: `t.request_id = $1::uuid OR (t.request_id IS NULL AND lower(t.to_address) IN (
      SELECT lower(c.email) FROM contact_person c WHERE c.id = (SELECT r.contact_id FROM request r WHERE r.id = $1::uuid)
      AND NOT EXISTS (SELECT 1 FROM request o WHERE o.contact_id = c.id AND o.id <> $1::uuid)))`,
    listedWithRequest: true,
  },
  {
    kind: "contact",
    table: "contact_person",
    columns: [
      { name: "name", erase: "tombstone" },
      { name: "email", erase: "tombstone" },
      { name: "phone", erase: "null" },
    ],
    requests: "array_to_string(ARRAY(SELECT r.id::text FROM request r WHERE r.contact_id = t.id), ',')",
    erasedWith: ONLY_FOR_REQUEST("contact_id"),
  },
  {
    kind: "organisation",
    table: "organisation",
    columns: [
      { name: "name", erase: "tombstone" },
      { name: "org_number", erase: "null" },
      { name: "website", erase: "null" },
    ],
    requests: "array_to_string(ARRAY(SELECT r.id::text FROM request r WHERE r.organisation_id = t.id), ',')",
    erasedWith: ONLY_FOR_REQUEST("organisation_id"),
  },
  {
    kind: "message",
    table: "message",
    columns: [{ name: "body", erase: "tombstone" }],
    requests: REQUEST,
    erasedWith: "t.request_id = $1::uuid",
    listedWithRequest: true,
  },
  {
    kind: "attachment",
    table: "attachment",
    columns: [
      { name: "filename", erase: "tombstone" },
      { name: "storage_key", erase: "file" },
    ],
    requests: REQUEST,
    erasedWith: "t.request_id = $1::uuid",
    listedWithRequest: true,
  },
  {
    // The register of the case's documents: who sent or received each, and what it is about. The
    // number, kind, direction and date stay (a trigger keeps them), so the register still shows
    // that the document existed.
    kind: "document",
    table: "case_document",
    columns: [
      { name: "counterpart", erase: "tombstone" },
      { name: "description", erase: "tombstone" },
    ],
    requests: REQUEST,
    erasedWith: "t.request_id = $1::uuid",
    listedWithRequest: true,
  },
  {
    kind: "note",
    table: "internal_note",
    columns: [{ name: "body", erase: "tombstone" }],
    requests: REQUEST,
    erasedWith: "t.request_id = $1::uuid",
  },
  {
    kind: "opinion",
    table: "expert_opinion",
    columns: [
      { name: "question", erase: "tombstone" },
      { name: "conflict_note", erase: "tombstone" },
      { name: "answer", erase: "tombstone" },
    ],
    requests: REQUEST,
    erasedWith: "t.request_id = $1::uuid",
  },
  {
    kind: "presentation",
    table: "presentation",
    columns: [
      { name: "place", erase: "tombstone" },
      { name: "notes", erase: "tombstone" },
    ],
    requests: REQUEST,
    erasedWith: "t.request_id = $1::uuid",
  },
  {
    kind: "proposal",
    table: "decision_proposal",
    columns: [
      { name: "motivation", erase: "tombstone" },
      { name: "resources", erase: "tombstone" },
      { name: "criteria", erase: "emptyJson", empty: "[]" },
    ],
    requests: REQUEST,
    erasedWith: "t.request_id = $1::uuid",
  },
  {
    kind: "partnership",
    table: "partnership",
    columns: [{ name: "steering_group", erase: "emptyJson", empty: "{}" }],
    requests: `coalesce(${REQUEST}, '')`,
    erasedWith: "t.request_id = $1::uuid",
  },
  {
    kind: "party",
    table: "partnership_party",
    columns: [
      { name: "name" },
      { name: "org_number", erase: "null" },
      { name: "contact_name", erase: "null" },
      { name: "contact_email", erase: "null" },
    ],
    requests: `coalesce(${OF_PARTNERSHIP}, '')`,
    erasedWith: PARTNERSHIP_OF_REQUEST,
  },
  {
    kind: "followUp",
    table: "follow_up",
    columns: [
      { name: "participants", erase: "null" },
      { name: "notes", erase: "null" },
    ],
    requests: `coalesce(${OF_PARTNERSHIP}, '')`,
    erasedWith: PARTNERSHIP_OF_REQUEST,
  },
  {
    kind: "partnerReport",
    table: "partner_report",
    columns: [
      { name: "activities", erase: "tombstone" },
      { name: "review_comment", erase: "null" },
    ],
    requests: `coalesce(${OF_PARTNERSHIP}, '')`,
    erasedWith: PARTNERSHIP_OF_REQUEST,
  },
  {
    kind: "partnerReportFile",
    table: "partner_report_file",
    columns: [
      { name: "filename", erase: "tombstone" },
      { name: "storage_key", erase: "file" },
    ],
    requests: `coalesce((SELECT p.request_id::text FROM partner_report pr JOIN partnership p ON p.id = pr.partnership_id
      WHERE pr.id = t.report_id), '')`,
    erasedWith: `t.report_id IN (SELECT pr.id FROM partner_report pr JOIN partnership p ON p.id = pr.partnership_id
      WHERE p.request_id = $1::uuid)`,
  },
  {
    kind: "signature",
    table: "agreement_signature",
    columns: [{ name: "name" }, { name: "email" }, { name: "signed_name" }, { name: "evidence" }],
    requests: `coalesce((SELECT p.request_id::text FROM agreement_version v JOIN partnership p ON p.id = v.partnership_id
      WHERE v.id = t.version_id), '')`,
    kept: "A signed or sent agreement is archived with its partnership; erasure refuses such a case (erase.ts).",
  },
  {
    kind: "staffUser",
    table: "staff_user",
    columns: [{ name: "name" }, { name: "email" }],
    requests: "''",
    kept: "Staff accounts are kept and disabled by administrators, not erased with a case.",
  },
  {
    kind: "caseEvent",
    table: "case_event",
    columns: [{ name: "data" }],
    requests: REQUEST,
    kept: "Append-only: a trigger refuses UPDATE and DELETE; the erasure is recorded as a new event.",
  },
  {
    kind: "auditEvent",
    table: "audit_event",
    columns: [{ name: "changes" }],
    requests: "CASE WHEN t.entity = 'request' THEN t.entity_id ELSE '' END",
    kept: "Append-only: a trigger refuses UPDATE and DELETE; new rows name changed fields, not personal values.",
  },
];
