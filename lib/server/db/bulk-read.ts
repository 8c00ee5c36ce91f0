import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "./client";

// Reads of many rows (the open-data export) go to the database driver itself, beside the Prisma
// client that every other query uses. Measured with ten parallel exports of 50,000 partnerships
// through the same SQL: the Prisma raw-query path left about 250 MB of short-lived objects for the
// garbage collector, so the server grew by that much; the driver's own rows, about 30 MB. The SQL
// is still a Prisma.sql template: its parameters are bound, never spliced into the text.

export type BulkReader = (text: string, values: unknown[]) => Promise<unknown[]>;

const readers = new WeakMap<Db, BulkReader>();

/** client.ts: the driver behind a client it made. */
export function registerBulkReader(db: Db, reader: BulkReader): void {
  readers.set(db, reader);
}

/** Rows of `query` as the driver returns them (JSON columns parsed, integers as numbers). */
export async function bulkRows<T>(db: Db, query: Prisma.Sql): Promise<T[]> {
  const reader = readers.get(db);
  if (!reader) return db.$queryRawUnsafe<T[]>(query.text, ...query.values);
  return (await reader(query.text, query.values)) as T[];
}
