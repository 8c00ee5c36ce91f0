import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { migrate, readMigrations } from "@/lib/server/db/migrate";
import { pgliteRunner } from "@/lib/server/db/sql";

// Global setup of the integration project on the embedded database: migrate one in-memory database
// once and hand its data folder to every test file (LOTSEN_PGLITE_TEMPLATE, read by
// lib/server/db/client.ts), instead of running every migration again in each file. Each file still
// gets a database of its own; the migrations still run, once, and any a file finds missing too.
export default async function setup(): Promise<void> {
  if (process.env.DATABASE_URL) return;
  const pglite = new PGlite("memory://", { extensions: { pg_trgm } });
  await migrate(pgliteRunner(pglite), await readMigrations());
  const dump = await pglite.dumpDataDir("none");
  await pglite.close();
  const file = path.resolve(".data/test-template/pglite.tar");
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  process.env.LOTSEN_PGLITE_TEMPLATE = file;
}
