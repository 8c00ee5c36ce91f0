import "server-only";
import { registerVersion } from "./cache";
import { etagFor, readRegisterVersion } from "./sql";
import { getDb } from "@/lib/server/db/client";
import { env } from "@/lib/server/env";
import {
  OPEN_DATA_FIELDS,
  csvCell,
  parseRegisterFilters,
  publishedBatches,
  registerFiltersKey,
  toOpenDataRow,
  type OpenDataRow,
} from "@/lib/server/register/partnerships";

// Open data of any size: streamed from the database one batch at a time (keyset paging in
// publishedBatches), so the server holds one batch per download however large the register grows.
// Clients and proxies revalidate with the ETag; a matching one is answered 304 from the register's
// memoised version (lib/server/register/cache.ts), without reading a row.

export type OpenDataFormat = "json" | "csv";

const csvLine = (row: OpenDataRow) => OPEN_DATA_FIELDS.map((f) => csvCell(row[f])).join(",");

/** The pieces of a body: exactly JSON.stringify(rows) or toCsv(rows), written a batch at a time. */
const FORMATS: Record<
  OpenDataFormat,
  { start: string; row: (row: OpenDataRow, first: boolean) => string; end: string }
> = {
  json: { start: "[", row: (row, first) => (first ? "" : ",") + JSON.stringify(row), end: "]" },
  csv: {
    start: `\uFEFF${OPEN_DATA_FIELDS.map((f) => csvCell(f)).join(",")}\r\n`,
    row: (row) => `${csvLine(row)}\r\n`,
    end: "",
  },
};

function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((t) => {
    const tag = t.trim().replace(/^W\//, "");
    return tag === etag || tag === "*";
  });
}

export async function openDataResponse(
  request: Request,
  format: OpenDataFormat,
  headers: Record<string, string>,
): Promise<Response> {
  const { filters } = parseRegisterFilters(Object.fromEntries(new URL(request.url).searchParams));
  const db = await getDb();
  const version = await registerVersion(() => readRegisterVersion(db));
  const etag = etagFor(version, format, registerFiltersKey(filters));
  const validators = {
    ETag: etag,
    "Last-Modified": version.lastModified.toUTCString(),
    "Cache-Control": "public, max-age=60, stale-while-revalidate=300",
  };
  if (matches(request.headers.get("if-none-match"), etag))
    return new Response(null, { status: 304, headers: validators });

  const { start, row, end } = FORMATS[format];
  const baseUrl = env().PUBLIC_BASE_URL;
  const encoder = new TextEncoder();
  const batches = publishedBatches(db, filters);
  let first = true;
  let started = false;
  const body = new ReadableStream<Uint8Array>({
    // One batch per pull: the stream asks for more only when the client has taken what it had.
    async pull(controller) {
      let chunk = started ? "" : start;
      started = true;
      const next = await batches.next();
      if (next.done) {
        controller.enqueue(encoder.encode(chunk + end));
        controller.close();
        return;
      }
      for (const p of next.value) {
        chunk += row(toOpenDataRow(p, baseUrl), first);
        first = false;
      }
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  return new Response(body, { headers: { ...headers, ...validators } });
}
