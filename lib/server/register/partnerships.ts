import "server-only";
import type { BudgetLine } from "@/lib/domain/budget";
import type { Db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ThemeName } from "@/lib/domain/themes";
import { parseClosedFilters, type PublicStatus } from "@/lib/domain/register-selection";
import { readPublicRows } from "./rows";
import { afterSql, filterSql, ORDER_SQL, publishedSql, type OrderKey } from "./sql";

// The public IOP register: only published partnerships (ACTIVE or ENDED with a publishedAt in the
// past), and of each only the parts its `published` flags make public. Pages and open data both read
// through this module, so nothing unpublished can leak from either.

export const REGISTER_PAGE_SIZE = 25;
export { PUBLIC_STATUSES, type PublicStatus } from "@/lib/domain/register-selection";

export interface RegisterFilters {
  theme?: ThemeName;
  /** Free text matched against the public parties' names and departments. */
  party?: string;
  /** Free text matched against titles, municipalities and every party's name and department. */
  q?: string;
  /** Active during this year. */
  year?: number;
  status?: PublicStatus;
  municipality?: string;
}

export interface PublishedFlags {
  content: boolean;
  goals: boolean;
  results: boolean;
  budget: boolean;
}

export interface PublicGoal {
  text: string;
  indicator: string;
  target: string;
  /** Present only when results are published. */
  result?: string;
}

/** A budget line as published: the party by name instead of id, the factors left out, and its amount. */
export type PublicBudgetLine = Omit<BudgetLine, "partyId" | "factors"> & { party: string; amountSek: number };

export interface PublicParty {
  name: string;
  department: string | null;
}

export interface PublicPartnership {
  id: string;
  title: string;
  municipality: string;
  civilSocietyParties: PublicParty[];
  publicParties: PublicParty[];
  status: PublicStatus;
  themes: ThemeName[];
  startYear: number | null;
  endYear: number | null;
  startDate: string | null;
  endDate: string | null;
  publishedAt: string;
  published: PublishedFlags;
  /** Null when the content is not published. */
  content: {
    purpose: string;
    targetGroup: string;
    values: string;
    efforts: string;
    overallGoal: string;
  } | null;
  goals: PublicGoal[] | null;
  budget: PublicBudgetLine[] | null;
}

const MAX_TEXT = 200;

function text(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  const trimmed = v?.trim().slice(0, MAX_TEXT);
  return trimmed ? trimmed : undefined;
}

/** Reads filters from a query string (a GET form); anything invalid is ignored. */
export function parseRegisterFilters(params: Record<string, string | string[] | undefined>): {
  filters: RegisterFilters;
  page: number;
} {
  const { page, ...closed } = parseClosedFilters((name) => text(params[name]));
  return {
    filters: {
      ...closed,
      party: text(params.party),
      q: text(params.q),
      municipality: text(params.municipality),
    },
    page,
  };
}

/**
 * The filters in one canonical form, for cache keys: the same filters give the same key however
 * the query was written (parameter order, unknown parameters, spaces around values).
 */
export function registerFiltersKey(filters: RegisterFilters): string {
  const set = Object.entries(filters).filter(([, value]) => value !== undefined);
  return JSON.stringify(set.sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** One page of the register: a count and the page's ids in SQL, then only those rows. */
export async function listPublishedPartnerships(
  db: Db,
  filters: RegisterFilters,
  page = 1,
  now = new Date(),
): Promise<{ rows: PublicPartnership[]; total: number; page: number; pageCount: number }> {
  const where = filterSql(filters, now);
  const [count] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM partnership p WHERE ${where}`;
  const total = Number(count?.n ?? 0);
  const pageCount = Math.max(1, Math.ceil(total / REGISTER_PAGE_SIZE));
  const current = Math.min(page, pageCount);
  const { rows } = await readPublicRows(db, {
    where,
    order: ORDER_SQL,
    limit: REGISTER_PAGE_SIZE,
    offset: (current - 1) * REGISTER_PAGE_SIZE,
  });
  return {
    rows,
    total,
    page: current,
    pageCount,
  };
}

/**
 * Every published partnership matching the filters, in batches in the register's order (keyset
 * paging), so an export of any size holds one batch in memory at a time.
 */
export async function* publishedBatches(
  db: Db,
  filters: RegisterFilters = {},
  now = new Date(),
  size = 100,
): AsyncGenerator<PublicPartnership[]> {
  const where = filterSql(filters, now);
  let after: OrderKey | undefined;
  for (;;) {
    const batch = await readPublicRows(db, {
      where: after ? Prisma.sql`${where} AND ${afterSql(after)}` : where,
      order: ORDER_SQL,
      limit: size,
    });
    if (batch.rows.length) yield batch.rows;
    if (batch.rows.length < size || !batch.last) return;
    after = batch.last;
  }
}

/** Every published partnership matching the filters, at once (small registers and tests). */
export async function allPublishedPartnerships(
  db: Db,
  filters: RegisterFilters = {},
  now = new Date(),
): Promise<PublicPartnership[]> {
  const all: PublicPartnership[] = [];
  for await (const batch of publishedBatches(db, filters, now)) all.push(...batch);
  return all;
}

export async function getPublishedPartnership(db: Db, id: string, now = new Date()) {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return null;
  const { rows } = await readPublicRows(db, {
    where: Prisma.sql`p.id = ${id}::uuid AND ${publishedSql(now)}`,
    order: Prisma.sql`p.id`,
    limit: 1,
  });
  return rows[0] ?? null;
}

/** Choices for the filter form: the municipalities and public parties of published partnerships. */
export async function registerFilterChoices(db: Db, now = new Date()) {
  // DISTINCT in SQL: through Prisma every published row (thousands) would be read to keep a few names.
  const [municipalities, parties] = await Promise.all([
    db.$queryRaw<{ value: string }[]>`
      SELECT DISTINCT municipality AS value FROM partnership
      WHERE status IN ('ACTIVE', 'ENDED') AND published_at IS NOT NULL AND published_at <= ${now}`,
    db.$queryRaw<{ value: string }[]>`
      SELECT DISTINCT coalesce(pp.department, pp.name) AS value
      FROM partnership_party pp JOIN partnership p ON p.id = pp.partnership_id
      WHERE pp.side = 'PUBLIC' AND p.status IN ('ACTIVE', 'ENDED')
        AND p.published_at IS NOT NULL AND p.published_at <= ${now}`,
  ]);
  const sorted = (rows: { value: string }[]) =>
    rows.map((r) => r.value).sort((a, b) => a.localeCompare(b, "sv"));
  return { municipalities: sorted(municipalities), publicParties: sorted(parties) };
}

// ---- Open data ----

/** The open data fields, in order; their meanings are in the messages (register.fields.<name>). */
export const OPEN_DATA_FIELDS = [
  "id",
  "title",
  "municipality",
  "civil_society_parties",
  "public_parties",
  "status",
  "start_year",
  "end_year",
  "start_date",
  "end_date",
  "themes",
  "purpose",
  "target_group",
  "efforts",
  "overall_goal",
  "goals",
  "budget_total_sek",
  "published_at",
  "url",
] as const;
export type OpenDataField = (typeof OPEN_DATA_FIELDS)[number];
export type OpenDataRow = Record<OpenDataField, string | number | null | PublicGoal[]>;

const partyLabel = (p: PublicParty) => (p.department ? `${p.name}, ${p.department}` : p.name);

export function toOpenDataRow(p: PublicPartnership, baseUrl: string): OpenDataRow {
  const budgetTotal = p.budget
    ? Math.round(p.budget.reduce((sum, l) => sum + Math.round(l.amountSek * 100), 0)) / 100
    : null;
  return {
    id: p.id,
    title: p.title,
    municipality: p.municipality,
    civil_society_parties: p.civilSocietyParties.map(partyLabel).join("; "),
    public_parties: p.publicParties.map(partyLabel).join("; "),
    status: p.status,
    start_year: p.startYear,
    end_year: p.endYear,
    start_date: p.startDate,
    end_date: p.endDate,
    themes: p.themes.join("; "),
    purpose: p.content?.purpose ?? null,
    target_group: p.content?.targetGroup ?? null,
    efforts: p.content?.efforts ?? null,
    overall_goal: p.content?.overallGoal ?? null,
    goals: p.goals,
    budget_total_sek: budgetTotal,
    published_at: p.publishedAt,
    url: `${baseUrl.replace(/\/$/, "")}/samarbeten/${p.id}`,
  };
}

/** One CSV cell: text that a spreadsheet would run as a formula gets a leading apostrophe. */
export function csvCell(value: OpenDataRow[OpenDataField]): string {
  let s = value === null ? "" : typeof value === "object" ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

/** RFC 4180: CRLF line ends, every field quoted, a header row; UTF-8 with a byte order mark. */
export function toCsv(rows: OpenDataRow[]): string {
  const lines = [OPEN_DATA_FIELDS.map((f) => csvCell(f)).join(",")];
  for (const row of rows) lines.push(OPEN_DATA_FIELDS.map((f) => csvCell(row[f])).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
