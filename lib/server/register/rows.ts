import "server-only";
import type { ThemeName } from "@/lib/domain/themes";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/db/client";
import { bulkRows } from "@/lib/server/db/bulk-read";
import type { OrderKey } from "./sql";
import type {
  PublicBudgetLine,
  PublicGoal,
  PublicParty,
  PublicPartnership,
  PublicStatus,
  PublishedFlags,
} from "./partnerships";

// The register's rows in one SQL statement: each partnership with its parties and (when published)
// its budget lines as JSON built by the database. An open-data export of 50,000 partnerships reads
// 100 batches this way; through the ORM each batch was four statements with 500-id lists and a
// tree of objects per row, and the garbage of ten parallel downloads grew the server by hundreds of
// megabytes; the rows are read through the driver itself for the same reason (db/bulk-read.ts).
// Dates come back as text, so both databases give the same strings.

const COLUMNS = Prisma.sql`p.id::text AS id, p.title, p.municipality, p.purpose, p.target_group,
  p."values", p.efforts, p.overall_goal, p.goals, p.published, p.status::text AS status,
  array_to_json(p.themes) AS themes, p.start_year, p.end_year,
  to_char(p.start_date, 'YYYY-MM-DD') AS start_date, to_char(p.end_date, 'YYYY-MM-DD') AS end_date,
  to_char(p.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS published_at,
  (SELECT coalesce(json_agg(json_build_object('side', pp.side, 'name', pp.name, 'department', pp.department)
      ORDER BY pp.sort_order, pp.id), '[]'::json)
    FROM partnership_party pp WHERE pp.partnership_id = p.id) AS parties,
  CASE WHEN p.published->>'budget' = 'true' THEN
    (SELECT coalesce(json_agg(json_build_object('party', pp.name, 'year', b.year, 'kind', b.kind,
        'description', b.description, 'quantity', b.quantity, 'unit', b.unit, 'unitPriceSek', b.unit_price_sek)
        ORDER BY b.year, b.kind, b.id), '[]'::json)
      FROM budget_line b JOIN partnership_party pp ON pp.id = b.party_id WHERE b.partnership_id = p.id)
  END AS budget`;

interface RawRow {
  id: string;
  title: string;
  municipality: string;
  purpose: string;
  target_group: string;
  values: string;
  efforts: string;
  overall_goal: string;
  goals: unknown;
  published: unknown;
  status: string;
  themes: unknown;
  start_year: number | null;
  end_year: number | null;
  start_date: string | null;
  end_date: string | null;
  published_at: string;
  parties: unknown;
  budget: unknown;
}

type RawParty = { side: string; name: string; department: string | null };
/** Numeric columns inside JSON are numbers, but a driver may hand a decimal over as text. */
type RawBudgetLine = Omit<PublicBudgetLine, "amountSek" | "quantity" | "unitPriceSek"> & {
  quantity: number | string;
  unitPriceSek: number | string;
};

/** JSON columns arrive parsed from one driver and as text from another. */
const json = <T>(value: unknown, empty: T): T =>
  value === null || value === undefined
    ? empty
    : ((typeof value === "string" ? JSON.parse(value) : value) as T);

function flags(value: unknown): PublishedFlags {
  const v = json<Record<string, unknown>>(value, {});
  return {
    content: v.content === true,
    goals: v.goals === true,
    results: v.results === true,
    budget: v.budget === true,
  };
}

const str = (v: unknown) => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");
/** Money in öre to avoid binary rounding: quantity × unit price, rounded to whole öre. */
const amount = (quantity: number, unitPrice: number) =>
  Math.round((Math.round(quantity * 100) * Math.round(unitPrice * 100)) / 100) / 100;
const yearOf = (day: string | null) => (day ? Number(day.slice(0, 4)) : null);

function toPublic(row: RawRow): PublicPartnership {
  const published = flags(row.published);
  const parties = json<RawParty[]>(row.parties, []);
  const party = (p: RawParty): PublicParty => ({ name: p.name, department: p.department });
  const goals = json<unknown[]>(row.goals, []);
  return {
    id: row.id,
    title: row.title,
    municipality: row.municipality,
    civilSocietyParties: parties.filter((p) => p.side === "CIVIL_SOCIETY").map(party),
    publicParties: parties.filter((p) => p.side === "PUBLIC").map(party),
    status: row.status as PublicStatus,
    themes: json<ThemeName[]>(row.themes, []),
    startYear: row.start_year ?? yearOf(row.start_date),
    endYear: row.end_year ?? yearOf(row.end_date),
    startDate: row.start_date,
    endDate: row.end_date,
    publishedAt: row.published_at,
    published,
    content: published.content
      ? {
          purpose: row.purpose,
          targetGroup: row.target_group,
          values: row.values,
          efforts: row.efforts,
          overallGoal: row.overall_goal,
        }
      : null,
    goals: published.goals
      ? (Array.isArray(goals) ? goals : []).map((g) => {
          const o = (g && typeof g === "object" ? g : {}) as Record<string, unknown>;
          const goal: PublicGoal = { text: str(o.text), indicator: str(o.indicator), target: str(o.target) };
          if (published.results && str(o.result)) goal.result = str(o.result);
          return goal;
        })
      : null,
    budget: published.budget
      ? json<RawBudgetLine[]>(row.budget, []).map((l) => ({
          party: l.party,
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

/** Published rows matching `where`, in `order`, with the order key of the last one for the next batch. */
export async function readPublicRows(
  db: Db,
  query: { where: Prisma.Sql; order: Prisma.Sql; limit: number; offset?: number },
): Promise<{ rows: PublicPartnership[]; last?: OrderKey }> {
  const raw = await bulkRows<RawRow>(
    db,
    Prisma.sql`SELECT ${COLUMNS} FROM partnership p WHERE ${query.where}
      ORDER BY ${query.order} LIMIT ${query.limit} OFFSET ${query.offset ?? 0}`,
  );
  const end = raw[raw.length - 1];
  return {
    rows: raw.map(toPublic),
    last: end && {
      id: end.id,
      municipality: end.municipality,
      end_key: -(end.end_year ?? 1_000_000),
      title: end.title,
    },
  };
}
