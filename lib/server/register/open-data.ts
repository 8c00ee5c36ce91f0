import "server-only";
import { cachedRegister, type ByteBudgetCache } from "./cache";
import { getDb } from "@/lib/server/db/client";
import { env } from "@/lib/server/env";
import {
  allPublishedPartnerships,
  parseRegisterFilters,
  registerFiltersKey,
  toOpenDataRow,
  type RegisterFilters,
} from "@/lib/server/register/partnerships";

/** The register's rows for open data, narrowed by the same filters as the register page. */
export async function openDataRows(filters: RegisterFilters) {
  const partnerships = await allPublishedPartnerships(await getDb(), filters);
  return partnerships.map((p) => toOpenDataRow(p, env().PUBLIC_BASE_URL));
}

type Rows = Awaited<ReturnType<typeof openDataRows>>;

/**
 * An open-data download, made once a minute per filter and format: the whole register is megabytes,
 * and reading and serialising it for every request would keep the server's one thread busy for
 * everyone. The key is the parsed filters, never the raw query: `?n=1` and `?n=2` are one download.
 * (Next.js compresses the response itself.)
 */
export async function openDataResponse(
  request: Request,
  format: "json" | "csv",
  serialise: (rows: Rows) => string,
  headers: Record<string, string>,
  cache?: ByteBudgetCache,
): Promise<Response> {
  const { filters } = parseRegisterFilters(Object.fromEntries(new URL(request.url).searchParams));
  const key = `${format}:${registerFiltersKey(filters)}`;
  const load = async () => serialise(await openDataRows(filters));
  const body = await (cache ? cache.get(key, load) : cachedRegister(key, load));
  return new Response(body, { headers: { ...headers, "Cache-Control": "public, max-age=60" } });
}
