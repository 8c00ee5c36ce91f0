import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { Client, Pool } from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "../env";
import { logger } from "../log";
import { migrate, readMigrations } from "./migrate";
import { pgliteRunner, pgRunner } from "./sql";
import { registerBulkReader } from "./bulk-read";

export type Db = PrismaClient;
export type DbKind = "postgresql" | "embedded";

// PGlite runs queries one at a time, so a transaction may wait for others to finish.
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 15_000 };

// Under test every SQL statement is also an event, so tests can pin how many statements a verb
// runs (tests/support/count-statements.ts); elsewhere the client builds no events at all.
const LOG = process.env.NODE_ENV === "test" ? [{ emit: "event" as const, level: "query" as const }] : [];

interface Connected {
  db: Db;
  kind: DbKind;
}

async function connectPostgres(url: string): Promise<Connected> {
  const raw = new Client({ connectionString: url });
  await raw.connect();
  try {
    const applied = await migrate(pgRunner(raw), await readMigrations());
    if (applied.length) logger.info({ applied }, "migrations applied");
  } finally {
    await raw.end();
  }
  const db = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url }),
    transactionOptions: TRANSACTION_OPTIONS,
    log: LOG,
  });
  // A few connections of their own for bulk reads (bulk-read.ts), so an export never holds up the
  // pool the requests use.
  const bulk = new Pool({ connectionString: url, max: 3, allowExitOnIdle: true });
  registerBulkReader(db, async (text, values) => (await bulk.query(text, values)).rows);
  return { db, kind: "postgresql" };
}

async function connectEmbedded(dataDir: string): Promise<Connected> {
  // Loaded only when used, so production installs on PostgreSQL never start the WASM engine.
  const { PGlite } = await import("@electric-sql/pglite");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const inMemory = dataDir.startsWith("memory://");
  if (!inMemory) await mkdir(path.dirname(path.resolve(dataDir)), { recursive: true });
  // pg_trgm backs the inbox's free-text search index (migration inbox_search_index).
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  // Tests start each in-memory database from one migrated copy (tests/support/embedded-template.ts).
  const template = inMemory ? process.env.LOTSEN_PGLITE_TEMPLATE : undefined;
  const loadDataDir = template ? new Blob([await readFile(template)]) : undefined;
  const pglite = new PGlite(inMemory ? dataDir : path.resolve(dataDir), {
    extensions: { pg_trgm },
    loadDataDir,
  });
  await pglite.waitReady;
  const applied = await migrate(pgliteRunner(pglite), await readMigrations());
  if (applied.length) {
    logger.info({ applied, dataDir }, "migrations applied to the embedded database");
    // PGlite learns the database's array types when it opens; the enum arrays the migrations just
    // created would otherwise be sent as "malformed array literal" until the next start.
    await pglite.refreshArrayTypes();
  }
  const db = new PrismaClient({
    adapter: new PrismaPGlite(pglite),
    transactionOptions: TRANSACTION_OPTIONS,
    log: LOG,
  });
  registerBulkReader(db, async (text, values) => (await pglite.query(text, values)).rows);
  return { db, kind: "embedded" };
}

async function connect(): Promise<Connected> {
  const { DATABASE_URL, LOTSEN_DATA_DIR, LOTSEN_DEMO } = env();
  const connected = DATABASE_URL
    ? await connectPostgres(DATABASE_URL)
    : await connectEmbedded(LOTSEN_DATA_DIR);
  // Demo data (accounts with passwords printed in the README) only when asked for by name.
  if (LOTSEN_DEMO) {
    logger.warn("demo mode: demo accounts with published passwords can sign in");
    // Loaded only in demo mode; the seed calls the real verbs, which reach the database through
    // withDb below while the connection is not handed out yet.
    const { seedDemoData } = await import("./seed");
    if (await seedDemoData(connected.db)) logger.info("demo data seeded");
  }
  logger.info({ database: connected.kind }, "database ready");
  return connected;
}

// One connection per process, kept on globalThis: Next.js may load this module in several
// bundles, and an embedded data folder must only ever be opened once.
const KEY = Symbol.for("lotsen.db");
type Holder = { [KEY]?: Promise<Connected> };

function connection(): Promise<Connected> {
  const holder = globalThis as Holder;
  holder[KEY] ??= connect().catch((error: unknown) => {
    delete holder[KEY]; // let the next call try again, e.g. once PostgreSQL is back
    throw error;
  });
  return holder[KEY];
}

// The demo seed (seed.ts) fills a database by calling the same verbs as the routes, and they ask
// getDb() for their client. While it runs, the connection is not ready (the seed is part of
// connecting), and a test may seed a database of its own: inside withDb, getDb() answers `db`.
const scoped = new AsyncLocalStorage<Db>();

/** Runs `work` with every getDb() inside it (however deep) answering `db`. */
export function withDb<T>(db: Db, work: () => Promise<T>): Promise<T> {
  return scoped.run(db, work);
}

/** The database client. The first call migrates (and, in demo mode, seeds an empty database). */
export async function getDb(): Promise<Db> {
  return scoped.getStore() ?? (await connection()).db;
}

export async function getDbKind(): Promise<DbKind> {
  return (await connection()).kind;
}
