import { Client } from "pg";
import { afterAll, beforeAll } from "vitest";
import { getDb, type Db } from "@/lib/server/db/client";
import { unique } from "../factories";

// For test files that need a database of their own (counting everything, or a first start): a fresh
// PostgreSQL database beside DATABASE_URL, set before the app's modules first read the environment.
// Without DATABASE_URL every test file already gets a fresh in-memory embedded database.

export async function useFreshDatabase(prefix: string): Promise<{ drop: () => Promise<void> }> {
  const base = process.env.DATABASE_URL;
  if (!base) return { drop: async () => {} };
  const name = `${prefix}_${unique()}`;
  await adminQuery(base, `CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.href;
  return { drop: () => adminQuery(base, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/**
 * A database of the file's own for all its tests (useFreshDatabase): made before the first test, then
 * handed to `ready` (the place to import the modules under test, once it is set); disconnected and
 * dropped after the last test.
 */
export function ownDatabaseBeforeAll(prefix: string, ready: (db: Db) => Promise<void> | void): void {
  let fresh: Awaited<ReturnType<typeof useFreshDatabase>> | undefined;
  let db: Db | undefined;
  beforeAll(async () => {
    fresh = await useFreshDatabase(prefix);
    db = await getDb();
    await ready(db);
  });
  afterAll(async () => {
    await db?.$disconnect();
    await fresh?.drop();
  });
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const admin = new Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/**
 * A fresh embedded database migrates on first use, which alone takes a while on busy cores: this
 * does it before the file's first test, with time to spare.
 */
export function migrateBeforeAll(): void {
  beforeAll(async () => {
    await getDb();
  }, 120_000);
}
