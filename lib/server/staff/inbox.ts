import "server-only";
import { z } from "zod";
import { THEMES } from "@/lib/domain/themes";
import { STEPS } from "@/lib/domain/steps";
import type { WorkflowSettings } from "@/lib/domain/workflow-settings";
import {
  Prisma,
  type Outcome,
  type RequestKind,
  type RequestStatus,
  type Step,
  type Theme,
} from "@/lib/generated/prisma/client";
import { getDb } from "../db/client";

// The staff inbox: one query builder for the list, the counts per step and the CSV export, so the
// three always agree on what "the current filter" means.

export const PAGE_SIZE = 25;

/**
 * The inbox counts the cases of a filter up to this many and above it says "more than": an exact
 * count reads every matching row, which over years of ended requests (100,000 in tests/bench) cost
 * a scan of the table on every page view.
 */
export const COUNT_CAP = 1000;

export const inboxFilterSchema = z.object({
  status: z.enum(["OPEN", "ENDED"]).catch("OPEN"),
  step: z.enum(STEPS).optional().catch(undefined),
  kind: z.enum(["COLLABORATION", "QUESTION"]).optional().catch(undefined),
  theme: z.enum(THEMES).optional().catch(undefined),
  assigned: z
    .union([z.literal("me"), z.literal("none"), z.uuid()])
    .optional()
    .catch(undefined),
  minAge: z.coerce.number().int().min(1).max(3650).optional().catch(undefined),
  overdue: z.literal("1").optional().catch(undefined),
  q: z
    .string()
    .transform((v) => v.replaceAll("\0", "").trim())
    .pipe(z.string().max(200))
    .optional()
    .catch(undefined),
  sort: z.enum(["newest", "oldest", "number", "step"]).catch("newest"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type InboxFilter = z.infer<typeof inboxFilterSchema>;

export function parseInboxFilter(params: Record<string, string | string[] | undefined>): InboxFilter {
  const flat = Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined]),
  );
  return inboxFilterSchema.parse(flat);
}

// The filter as one SQL condition over `request r` joined to its organisation `o` and contact `c`.
// SQL rather than Prisma's where: the theme (an enum array) and the free text inside the answers
// cannot be asked through Prisma on both databases, and fetching matching ids first to feed an
// `id IN (…)` does not scale (100,000 requests give lists of tens of thousands).
function whereSql(filter: InboxFilter, userId: string, settings: WorkflowSettings, now: Date): Prisma.Sql {
  const and: Prisma.Sql[] = [Prisma.sql`r.status = ${filter.status}::"RequestStatus"`];
  if (filter.step) and.push(Prisma.sql`r.step = ${filter.step}::"Step"`);
  if (filter.kind) and.push(Prisma.sql`r.kind = ${filter.kind}::"RequestKind"`);
  // Containment rather than `= ANY`: it is what the GIN index request_themes_idx answers.
  if (filter.theme) and.push(Prisma.sql`r.themes @> ARRAY[${filter.theme}::"Theme"]`);
  if (filter.assigned === "me") and.push(Prisma.sql`r.assigned_to_id = ${userId}::uuid`);
  else if (filter.assigned === "none") and.push(Prisma.sql`r.assigned_to_id IS NULL`);
  else if (filter.assigned) and.push(Prisma.sql`r.assigned_to_id = ${filter.assigned}::uuid`);
  if (filter.minAge)
    and.push(Prisma.sql`r.received_at <= ${new Date(now.getTime() - filter.minAge * 86_400_000)}`);
  if (filter.overdue) {
    const late = STEPS.map(
      (step) =>
        Prisma.sql`(r.step = ${step}::"Step" AND r.step_entered_at < ${new Date(now.getTime() - settings.daysPerStep[step] * 86_400_000)})`,
    );
    and.push(Prisma.sql`r.status = 'OPEN' AND (${Prisma.join(late, " OR ")})`);
  }
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // Three indexed lookups joined with UNION: an OR over them would make PostgreSQL read every row.
    // The first is the expression of the trigram index request_search_trgm (keep the two equal).
    and.push(Prisma.sql`r.id IN (
      SELECT id FROM request
        WHERE (coalesce(registration_number, '') || ' ' || coalesce(subject, '') || ' ' || answers::text) ILIKE ${pattern}
      UNION SELECT id FROM request WHERE organisation_id IN (
        SELECT id FROM organisation WHERE name ILIKE ${pattern} OR org_number LIKE ${pattern})
      UNION SELECT id FROM request WHERE contact_id IN (SELECT id FROM contact_person WHERE name ILIKE ${pattern})
    )`);
  }
  return Prisma.join(and, " AND ");
}

const ORDER: Record<InboxFilter["sort"], Prisma.Sql> = {
  newest: Prisma.sql`r.received_at DESC NULLS LAST, r.id`,
  oldest: Prisma.sql`r.received_at ASC NULLS LAST, r.id`,
  number: Prisma.sql`r.registration_number ASC NULLS LAST, r.id`,
  step: Prisma.sql`r.step ASC NULLS LAST, r.step_entered_at ASC, r.id`,
};

/** One inbox row: the request's list columns and the names shown beside them. */
export interface InboxRow {
  id: string;
  kind: RequestKind;
  status: RequestStatus;
  step: Step | null;
  outcome: Outcome | null;
  registrationNumber: string | null;
  subject: string | null;
  themes: Theme[];
  receivedAt: Date | null;
  stepEnteredAt: Date | null;
  organisation: { name: string } | null;
  contact: { name: string } | null;
  assignedTo: { id: string; name: string } | null;
}

interface ListRow {
  id: string;
  kind: RequestKind;
  status: RequestStatus;
  step: Step | null;
  outcome: Outcome | null;
  registration_number: string | null;
  subject: string | null;
  themes: Theme[];
  received_at: Date | null;
  step_entered_at: Date | null;
  organisation_name: string | null;
  contact_name: string | null;
  assigned_id: string | null;
  assigned_name: string | null;
}

const ROW_COLUMNS = Prisma.sql`
  r.id, r.kind::text AS kind, r.status::text AS status, r.step::text AS step,
  r.outcome::text AS outcome, r.registration_number, r.subject, r.themes::text[] AS themes,
  r.received_at, r.step_entered_at, o.name AS organisation_name, c.name AS contact_name,
  u.id AS assigned_id, u.name AS assigned_name`;
const ROW_JOINS = Prisma.sql`
  LEFT JOIN organisation o ON o.id = r.organisation_id
  LEFT JOIN contact_person c ON c.id = r.contact_id
  LEFT JOIN staff_user u ON u.id = r.assigned_to_id`;

const asRow = (r: ListRow): InboxRow => ({
  id: r.id,
  kind: r.kind,
  status: r.status,
  step: r.step,
  outcome: r.outcome,
  registrationNumber: r.registration_number,
  subject: r.subject,
  themes: r.themes,
  receivedAt: r.received_at,
  stepEnteredAt: r.step_entered_at,
  organisation: r.organisation_name === null ? null : { name: r.organisation_name },
  contact: r.contact_name === null ? null : { name: r.contact_name },
  assignedTo: r.assigned_id === null ? null : { id: r.assigned_id, name: r.assigned_name ?? "" },
});

// The matches of a filter that matches at most COUNT_CAP rows, found through the filters' own indexes
// (to be sorted after). PostgreSQL would otherwise walk the sort order's index and test each row,
// which for a filter that matches few rows (or none: ended questions in tests/bench) reads every row
// of the status before the page is full.
const found = (condition: Prisma.Sql) => Prisma.sql`
  found AS MATERIALIZED (
    SELECT r.id, r.received_at, r.registration_number, r.step, r.step_entered_at
    FROM request r WHERE ${condition} LIMIT ${COUNT_CAP + 1})`;

/**
 * One page (or all, up to `limit`) in order, with the names it shows, in one statement: the page's
 * ids are chosen first, then joined to their names. The ORM's relation reads cost twice the CPU of
 * the whole statement on every inbox view (measured; see README "Speed"). `few`: the filter matches
 * at most COUNT_CAP rows (see `found`).
 */
async function rowsFor(
  condition: Prisma.Sql,
  sort: InboxFilter["sort"],
  limit: number,
  offset: number,
  few = false,
): Promise<InboxRow[]> {
  const db = await getDb();
  const page = few
    ? Prisma.sql`WITH ${found(condition)} SELECT r.id FROM found r ORDER BY ${ORDER[sort]} LIMIT ${limit} OFFSET ${offset}`
    : Prisma.sql`SELECT r.id FROM request r WHERE ${condition} ORDER BY ${ORDER[sort]} LIMIT ${limit} OFFSET ${offset}`;
  const rows = await db.$queryRaw<ListRow[]>`
    SELECT ${ROW_COLUMNS} FROM (${page}) page JOIN request r ON r.id = page.id ${ROW_JOINS}
    ORDER BY ${ORDER[sort]}`;
  return rows.map(asRow);
}

/**
 * How many rows match, counting no further than past COUNT_CAP, and, when they are no more than
 * that, one page of them in the same statement. For a free-text search, whose filter is the costly
 * part of a view, so that it runs once: on the embedded database this took a search of 100,000
 * requests from 12 to 19 views a second at 10 connections (README "Speed"). Other filters are
 * answered from their indexes, and a count alone is cheaper than gathering the rows to sort.
 */
async function countAndPage(
  condition: Prisma.Sql,
  sort: InboxFilter["sort"],
  limit: number,
  offset: number,
  search: boolean,
): Promise<{ counted: number; rows: InboxRow[] | null }> {
  const db = await getDb();
  if (!search) {
    const totals = await db.$queryRaw<{ total: bigint }[]>`
      SELECT count(*) AS total FROM (SELECT 1 FROM request r WHERE ${condition} LIMIT ${COUNT_CAP + 1}) capped`;
    return { counted: Number(totals[0]?.total ?? 0), rows: null };
  }
  const rows = await db.$queryRaw<(ListRow & { counted: bigint })[]>`
    WITH ${found(condition)}
    SELECT total.counted, ${ROW_COLUMNS}
    FROM (SELECT count(*) AS counted FROM found) total
    LEFT JOIN (SELECT r.id FROM found r ORDER BY ${ORDER[sort]} LIMIT ${limit} OFFSET ${offset}) page ON true
    LEFT JOIN request r ON r.id = page.id ${ROW_JOINS}
    ORDER BY ${ORDER[sort]}`;
  const counted = Number(rows[0]?.counted ?? 0);
  return { counted, rows: counted > COUNT_CAP ? null : rows.filter((r) => r.id !== null).map(asRow) };
}

export async function listInbox(
  filter: InboxFilter,
  userId: string,
  settings: WorkflowSettings,
  now = new Date(),
) {
  const db = await getDb();
  const condition = whereSql(filter, userId, settings, now);
  // One row more than a page: whether there is a next page, also when the count stopped at the cap.
  const [limit, offset] = [PAGE_SIZE + 1, (filter.page - 1) * PAGE_SIZE];
  const [{ counted, rows }, perStep] = await Promise.all([
    countAndPage(condition, filter.sort, limit, offset, !!filter.q),
    db.request.groupBy({ by: ["step"], where: { status: "OPEN" }, _count: { _all: true } }),
  ]);
  const more = counted > COUNT_CAP;
  const listed = rows ?? (await rowsFor(condition, filter.sort, limit, offset, !more));
  const counts = Object.fromEntries(
    STEPS.map((s) => [s, perStep.find((p) => p.step === s)?._count._all ?? 0]),
  );
  return {
    rows: listed.slice(0, PAGE_SIZE),
    /** The number of cases, or COUNT_CAP when there are `more` than that. */
    total: Math.min(counted, COUNT_CAP),
    more,
    counts: counts as Record<(typeof STEPS)[number], number>,
    /** The number of pages, unknown (null) above the cap. */
    pages: more ? null : Math.max(1, Math.ceil(counted / PAGE_SIZE)),
    hasNext: listed.length > PAGE_SIZE,
  };
}

/** Every row of the filter (not just one page), for the CSV export. */
export async function exportInbox(
  filter: InboxFilter,
  userId: string,
  settings: WorkflowSettings,
  now = new Date(),
) {
  return rowsFor(whereSql(filter, userId, settings, now), filter.sort, 50_000, 0);
}

/** The CSV export's columns, and one inbox row in their order. */
export const INBOX_CSV_HEADER = [
  "registration_number",
  "kind",
  "status",
  "step",
  "outcome",
  "organisation",
  "subject",
  "themes",
  "received",
  "step_entered",
  "assigned_to",
] as const;

export const inboxCsvRow = (r: InboxRow) => [
  r.registrationNumber,
  r.kind,
  r.status,
  r.step,
  r.outcome,
  r.organisation?.name,
  r.subject,
  r.themes.join(" "),
  r.receivedAt,
  r.stepEnteredAt,
  r.assignedTo?.name,
];
