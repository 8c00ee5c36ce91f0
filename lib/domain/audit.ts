// The kinds of record the audit trail (audit_event) speaks of. Requests keep their own timeline in
// case_event; everything else that changes is recorded here by the verb that changes it.
export const AUDIT_ENTITIES = [
  "request",
  "partnership",
  "party",
  "budget_line",
  "follow_up",
  "staff_user",
  "second_factor",
  "staff_session",
  "setting",
  "email_text",
  "outbox_email",
  "webhook",
  "payment_plan",
  "payment",
  "actual_cost",
  "deviation_dialogue",
  "repayment_claim",
  "surplus_carry",
  "agreement_version",
  "agreement_signature",
  "partner_link",
  "partner_report",
  // A retention run over rows that name nobody (rate-limit windows, the read log): one row per run.
  "retention",
  "register_extract",
  "case_document",
] as const;

export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

export type FieldChanges = Record<string, { from?: unknown; to?: unknown }>;

/**
 * Fields that hold an applicant's or a partner's personal data, per entity. The trail cannot be
 * erased (a trigger refuses UPDATE and DELETE), so it records that such a field changed, never its
 * values; the values live in their own rows, where erasure reaches them
 * (lib/server/privacy/personal-data.ts). Staff accounts are not listed: administrators keep them.
 */
export const PERSONAL_AUDIT_FIELDS: Partial<Record<AuditEntity, readonly string[]>> = {
  party: ["orgNumber", "contactName", "contactEmail"],
  agreement_signature: ["name", "email", "role", "signedName"],
  partner_report: ["reviewComment"],
  follow_up: ["participants", "notes"],
  partnership: ["steeringGroup"],
};

/** What the trail shows in place of a personal value that was there. */
export const PERSONAL_VALUE = "[personuppgift]";

/** The changes with every personal field's values replaced by a marker (null stays null). */
export function withoutPersonalValues(entity: AuditEntity, changes: FieldChanges): FieldChanges {
  const personal = PERSONAL_AUDIT_FIELDS[entity];
  if (!personal) return changes;
  const mark = (v: unknown) => (v === null || v === undefined || v === "" ? v : PERSONAL_VALUE);
  return Object.fromEntries(
    Object.entries(changes).map(([field, c]) =>
      personal.includes(field)
        ? [
            field,
            { ...("from" in c ? { from: mark(c.from) } : {}), ...("to" in c ? { to: mark(c.to) } : {}) },
          ]
        : [field, c],
    ),
  );
}

/**
 * The fields that differ between `before` and `after`, as { field: { from, to } }. Values are
 * compared as JSON, so dates, numbers and arrays compare by content. `omit` names fields that must
 * never reach the trail (hashes, secrets).
 */
export function changedFields(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
  omit: readonly string[] = [],
): FieldChanges {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: FieldChanges = {};
  for (const key of keys) {
    if (omit.includes(key)) continue;
    const from = before?.[key];
    const to = after?.[key];
    if (JSON.stringify(toJson(from)) === JSON.stringify(toJson(to))) continue;
    changes[key] = { from: toJson(from), to: toJson(to) };
  }
  return changes;
}

function toJson(value: unknown): unknown {
  if (typeof value === "bigint") return value.toString();
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toJson);
  return value === undefined ? null : value;
}
