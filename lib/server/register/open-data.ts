import "server-only";
import { resolve } from "node:path";
import { Readable } from "node:stream";
import { exportDir, exportFile } from "./export-file";
import { registerVersion } from "./cache";
import { etagFor, readRegisterVersion } from "./sql";
import { getDb, type Db } from "@/lib/server/db/client";
import { logger } from "@/lib/server/log";
import { env } from "@/lib/server/env";
import {
  OPEN_DATA_FIELDS,
  csvCell,
  parseRegisterFilters,
  publishedBatches,
  registerFiltersKey,
  toOpenDataRow,
  type RegisterFilters,
  type OpenDataRow,
} from "@/lib/server/register/partnerships";

// Open data of any size: streamed from the database one batch at a time (keyset paging in
// publishedBatches), so the server holds one batch per download however large the register grows.
// The unfiltered export, the one most downloads ask for, is written to a file once per version and
// served from it (export-file.ts).
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

/** The body as text, a batch of rows at a time. */
async function* exportText(
  db: Db,
  filters: RegisterFilters,
  format: OpenDataFormat,
  baseUrl: string,
): AsyncGenerator<string> {
  const { start, row, end } = FORMATS[format];
  let chunk = start;
  let first = true;
  for await (const batch of publishedBatches(db, filters)) {
    for (const p of batch) {
      chunk += row(toOpenDataRow(p, baseUrl), first);
      first = false;
    }
    yield chunk;
    chunk = "";
  }
  yield chunk + end;
}

/** One chunk per pull: the stream asks for the next batch only when the client has taken the last. */
function streamOf(text: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await text.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await text.return(undefined);
    },
  });
}

/** The database's address without its user and password, which do not belong in a folder's name. */
function withoutCredentials(url: string): string {
  const u = new URL(url);
  u.username = "";
  u.password = "";
  return u.toString();
}

/** An in-memory embedded database belongs to its process alone. */
const embeddedDir = (dir: string) => (dir.startsWith("memory://") ? `memory ${process.pid}` : resolve(dir));

/** The unfiltered export from this instance's file of it (export-file.ts), or null if none can be written. */
async function fromFile(db: Db, format: OpenDataFormat, etag: string, baseUrl: string) {
  const { DATABASE_URL, LOTSEN_DATA_DIR } = env();
  const dir = exportDir(
    `${DATABASE_URL ? withoutCredentials(DATABASE_URL) : embeddedDir(LOTSEN_DATA_DIR)}\n${baseUrl}`,
  );
  try {
    return await exportFile(dir, format, etag, () => exportText(db, {}, format, baseUrl));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    logger.warn(
      { event: "open-data-file-unavailable", format, code },
      "open data streamed from the database",
    );
    return null;
  }
}

export async function openDataResponse(
  request: Request,
  format: OpenDataFormat,
  headers: Record<string, string>,
): Promise<Response> {
  const { filters } = parseRegisterFilters(Object.fromEntries(new URL(request.url).searchParams));
  const db = await getDb();
  const version = await registerVersion(() => readRegisterVersion(db));
  const key = registerFiltersKey(filters);
  const etag = etagFor(version, format, key);
  const validators = {
    ETag: etag,
    "Last-Modified": version.lastModified.toUTCString(),
    "Cache-Control": "public, max-age=60, stale-while-revalidate=300",
  };
  if (matches(request.headers.get("if-none-match"), etag))
    return new Response(null, { status: 304, headers: validators });

  const baseUrl = env().PUBLIC_BASE_URL;
  const unfiltered = Object.values(filters).every((value) => value === undefined);
  const file = unfiltered ? await fromFile(db, format, etag, baseUrl) : null;
  if (file) {
    const length = { "Content-Length": String(file.size) };
    // A HEAD request never reads the body, and a client that left while the file was written never
    // will (Next.js then leaves the body alone): the file is closed here rather than by a stream.
    if (request.method === "HEAD" || request.signal.aborted) {
      await file.handle.close();
      return new Response(null, { headers: { ...headers, ...validators, ...length } });
    }
    const body = Readable.toWeb(file.handle.createReadStream()) as ReadableStream<Uint8Array>;
    return new Response(body, {
      headers: { ...headers, ...validators, ...length },
    });
  }
  return new Response(streamOf(exportText(db, filters, format, baseUrl)), {
    headers: { ...headers, ...validators },
  });
}
