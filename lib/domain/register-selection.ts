import { THEMES, type ThemeName } from "./themes";

// What a visitor can ask of the public register, read from its address. The filters split in two:
// those whose values come from a closed list (theme, status, year) and the page number, and free
// text (search, party, municipality). A view asking only for the first kind is the same for every
// visitor and comes from a small, fixed set of addresses, so it is rendered once and served from
// the page cache (README, "Speed"); free text is rendered per request. The proxy decides which by
// `cachedSelection` below; both kinds read their filters through `parseClosedFilters`.

export const PUBLIC_STATUSES = ["ACTIVE", "ENDED"] as const;
export type PublicStatus = (typeof PUBLIC_STATUSES)[number];

export const FREE_TEXT_FILTERS = ["q", "party", "municipality"] as const;

export interface ClosedSelection {
  theme?: ThemeName;
  status?: PublicStatus;
  /** Active during this year. */
  year?: number;
  page: number;
}

const MAX_PAGE = 100_000;

function validYear(value: number): number | undefined {
  return Number.isInteger(value) && value >= 1900 && value <= 2200 ? value : undefined;
}

/** The closed-list filters and the page from a query; anything invalid is ignored, as if absent. */
export function parseClosedFilters(get: (name: string) => string | undefined): ClosedSelection {
  const theme = get("theme");
  const status = get("status");
  const page = Number(get("page"));
  return {
    theme: THEMES.includes(theme as ThemeName) ? (theme as ThemeName) : undefined,
    status: PUBLIC_STATUSES.includes(status as PublicStatus) ? (status as PublicStatus) : undefined,
    year: validYear(Number(get("year"))),
    page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1,
  };
}

// A selection as one path segment: "INTEGRATION~ACTIVE~2024~2", with "all" for a filter not set.
const SEPARATOR = "~";
const NONE = "all";

export function encodeSelection(s: ClosedSelection): string {
  return [s.theme ?? NONE, s.status ?? NONE, s.year ?? NONE, s.page].join(SEPARATOR);
}

/**
 * A segment back to its selection, or undefined unless it is exactly what encodeSelection writes:
 * each view has one address in the page cache, and made-up segments are not pages.
 */
export function decodeSelection(segment: string): ClosedSelection | undefined {
  const parts = segment.split(SEPARATOR);
  if (parts.length !== 4) return undefined;
  const [theme, status, year, page] = parts.map((p) => (p === NONE ? undefined : p));
  const selection = parseClosedFilters((name) => ({ theme, status, year, page })[name]);
  return encodeSelection(selection) === segment ? selection : undefined;
}

/**
 * The cached view's segment for a query (a GET form sends empty fields too), or undefined when the
 * query holds free text and the view is rendered per request.
 */
export function cachedSelection(query: URLSearchParams): string | undefined {
  if (FREE_TEXT_FILTERS.some((name) => query.get(name)?.trim())) return undefined;
  return encodeSelection(parseClosedFilters((name) => query.get(name)?.trim() || undefined));
}
