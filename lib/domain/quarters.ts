// Calendar quarters for the quarterly report (the agreement template in docs/domain.md: "every quarter the
// steering group follows up and compiles a document"). Written "2026-Q3"; dates are calendar dates
// (YYYY-MM-DD).

const QUARTER = /^(\d{4})-Q([1-4])$/;

export interface Quarter {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

export function parseQuarter(value: unknown): Quarter | null {
  const m = typeof value === "string" ? QUARTER.exec(value) : null;
  return m ? { year: Number(m[1]), quarter: Number(m[2]) as Quarter["quarter"] } : null;
}

export const formatQuarter = (q: Quarter) => `${q.year}-Q${q.quarter}`;

const pad = (n: number) => String(n).padStart(2, "0");

/** First and last day of the quarter, both inclusive. */
export function quarterRange(q: Quarter): { from: string; to: string } {
  const firstMonth = (q.quarter - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  const lastDay = new Date(Date.UTC(q.year, lastMonth, 0)).getUTCDate();
  return { from: `${q.year}-${pad(firstMonth)}-01`, to: `${q.year}-${pad(lastMonth)}-${pad(lastDay)}` };
}

export function quarterOf(date: string): Quarter {
  const [year, month] = date.split("-").map(Number) as [number, number];
  return { year, quarter: (Math.floor((month - 1) / 3) + 1) as Quarter["quarter"] };
}

const index = (q: Quarter) => q.year * 4 + q.quarter - 1;
const fromIndex = (i: number): Quarter => ({
  year: Math.floor(i / 4),
  quarter: ((i % 4) + 1) as Quarter["quarter"],
});

/** Every quarter that overlaps the period, in order (at most 80: twenty years). */
export function quartersBetween(start: string, end: string): Quarter[] {
  const out: Quarter[] = [];
  for (let i = index(quarterOf(start)); i <= index(quarterOf(end)) && out.length < 80; i++)
    out.push(fromIndex(i));
  return out;
}

/**
 * The quarter a report opens on: the last one that has fully passed by `today`; before the first
 * quarter has ended, the first one; after the period, its last one.
 */
export function defaultReportQuarter(quarters: Quarter[], today: string): Quarter | null {
  const ended = quarters.filter((q) => quarterRange(q).to < today);
  return ended.at(-1) ?? quarters[0] ?? null;
}
