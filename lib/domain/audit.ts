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
] as const;

export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

export type FieldChanges = Record<string, { from?: unknown; to?: unknown }>;

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
