import "server-only";
import { cachedRegister } from "./cache";
import { getDb } from "@/lib/server/db/client";
import { env } from "@/lib/server/env";
import {
  allPublishedPartnerships,
  parseRegisterFilters,
  toOpenDataRow,
} from "@/lib/server/register/partnerships";

/** The register's rows for open data, narrowed by the same query parameters as the register page. */
export async function openDataRows(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const { filters } = parseRegisterFilters(params);
  const partnerships = await allPublishedPartnerships(await getDb(), filters);
  return partnerships.map((p) => toOpenDataRow(p, env().PUBLIC_BASE_URL));
}

type Rows = Awaited<ReturnType<typeof openDataRows>>;

/**
 * An open-data download, made once a minute per filter and format: the whole register is megabytes,
 * and reading and serialising it for every request would keep the server's one thread busy for
 * everyone. (Next.js compresses the response itself.)
 */
export async function openDataResponse(
  request: Request,
  format: "json" | "csv",
  serialise: (rows: Rows) => string,
  headers: Record<string, string>,
): Promise<Response> {
  const search = new URL(request.url).search;
  const body = await cachedRegister(`${format}:${search}`, async () =>
    serialise(await openDataRows(request)),
  );
  return new Response(body, { headers: { ...headers, "Cache-Control": "public, max-age=60" } });
}
