import "server-only";
import type { BudgetKind } from "@/lib/domain/budget";
import type { Db } from "@/lib/server/db/client";
import { Prisma, type PartnershipStatus } from "@/lib/generated/prisma/client";
import { THEMES, type ThemeName } from "@/lib/domain/themes";
import { afterSql, filterSql, ORDER_KEY_SQL, ORDER_SQL, type OrderKey } from "./sql";

// The public IOP register: only published partnerships (ACTIVE or ENDED with a publishedAt in the
// past), and of each only the parts its `published` flags make public. Pages and open data both read
// through this module, so nothing unpublished can leak from either.

export const REGISTER_PAGE_SIZE = 25;
export const PUBLIC_STATUSES = ["ACTIVE", "ENDED"] as const;
export type PublicStatus = (typeof PUBLIC_STATUSES)[number];

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

export interface PublicBudgetLine {
  party: string;
  year: number;
  kind: BudgetKind;
  description: string;
  quantity: number;
  unit: string;
  unitPriceSek: number;
  amountSek: number;
}

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
  const theme = text(params.theme);
  const status = text(params.status);
  const year = Number(text(params.year));
  const page = Number(text(params.page));
  return {
    filters: {
      theme: THEMES.includes(theme as ThemeName) ? (theme as ThemeName) : undefined,
      party: text(params.party),
      q: text(params.q),
      year: Number.isInteger(year) && year >= 1900 && year <= 2200 ? year : undefined,
      status: PUBLIC_STATUSES.includes(status as PublicStatus) ? (status as PublicStatus) : undefined,
      municipality: text(params.municipality),
    },
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
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

const include = {
  parties: { orderBy: { sortOrder: "asc" } },
  budgetLines: { include: { party: true }, orderBy: [{ year: "asc" }, { kind: "asc" }] },
} satisfies Prisma.PartnershipInclude;

type Row = Prisma.PartnershipGetPayload<{ include: typeof include }>;

function flags(value: unknown): PublishedFlags {
  const v = (value && typeof value === "object" ? value : {}) as Record<string, unknown>;
  return {
    content: v.content === true,
    goals: v.goals === true,
    results: v.results === true,
    budget: v.budget === true,
  };
}

function str(v: unknown): string {
  return typeof v === "string" ? v : typeof v === "number" ? String(v) : "";
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
/** Money in öre to avoid binary rounding: quantity × unit price, rounded to whole öre. */
const amount = (quantity: number, unitPrice: number) =>
  Math.round((Math.round(quantity * 100) * Math.round(unitPrice * 100)) / 100) / 100;

function toPublic(row: Row): PublicPartnership {
  const published = flags(row.published);
  const party = (p: Row["parties"][number]): PublicParty => ({ name: p.name, department: p.department });
  const goals = Array.isArray(row.goals) ? (row.goals as unknown[]) : [];
  return {
    id: row.id,
    title: row.title,
    municipality: row.municipality,
    civilSocietyParties: row.parties.filter((p) => p.side === "CIVIL_SOCIETY").map(party),
    publicParties: row.parties.filter((p) => p.side === "PUBLIC").map(party),
    status: row.status as PublicStatus,
    themes: row.themes as ThemeName[],
    startYear: row.startYear ?? row.startDate?.getUTCFullYear() ?? null,
    endYear: row.endYear ?? row.endDate?.getUTCFullYear() ?? null,
    startDate: day(row.startDate),
    endDate: day(row.endDate),
    publishedAt: row.publishedAt!.toISOString(),
    published,
    content: published.content
      ? {
          purpose: row.purpose,
          targetGroup: row.targetGroup,
          values: row.values,
          efforts: row.efforts,
          overallGoal: row.overallGoal,
        }
      : null,
    goals: published.goals
      ? goals.map((g) => {
          const o = (g && typeof g === "object" ? g : {}) as Record<string, unknown>;
          const goal: PublicGoal = { text: str(o.text), indicator: str(o.indicator), target: str(o.target) };
          if (published.results && str(o.result)) goal.result = str(o.result);
          return goal;
        })
      : null,
    budget: published.budget
      ? row.budgetLines.map((l) => ({
          party: l.party.name,
          year: l.year,
          kind: l.kind,
          description: l.description,
          quantity: Number(l.quantity),
          unit: l.unit,
          unitPriceSek: Number(l.unitPriceSek),
          amountSek: amount(Number(l.quantity), Number(l.unitPriceSek)),
        }))
      : null,
  };
}

/** The rows for these ids, in the order of the ids. */
async function rowsByIds(db: Db, ids: string[]): Promise<PublicPartnership[]> {
  if (!ids.length) return [];
  const rows = await db.partnership.findMany({ where: { id: { in: ids } }, include });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toPublic(row)] : [];
  });
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
  const ids = await db.$queryRaw<{ id: string }[]>`
    SELECT p.id FROM partnership p WHERE ${where} ORDER BY ${ORDER_SQL}
    LIMIT ${REGISTER_PAGE_SIZE} OFFSET ${(current - 1) * REGISTER_PAGE_SIZE}`;
  return {
    rows: await rowsByIds(
      db,
      ids.map((r) => r.id),
    ),
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
  size = 500,
): AsyncGenerator<PublicPartnership[]> {
  const where = filterSql(filters, now);
  let after: OrderKey | undefined;
  for (;;) {
    const keys: OrderKey[] = await db.$queryRaw<OrderKey[]>`
      SELECT ${ORDER_KEY_SQL} FROM partnership p
      WHERE ${where} ${after ? Prisma.sql`AND ${afterSql(after)}` : Prisma.empty}
      ORDER BY ${ORDER_SQL} LIMIT ${size}`;
    if (!keys.length) return;
    yield await rowsByIds(
      db,
      keys.map((k) => k.id),
    );
    if (keys.length < size) return;
    after = keys[keys.length - 1];
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
  const row = await db.partnership.findFirst({
    where: {
      id,
      status: { in: [...PUBLIC_STATUSES] as PartnershipStatus[] },
      publishedAt: { not: null, lte: now },
    },
    include,
  });
  return row ? toPublic(row) : null;
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
