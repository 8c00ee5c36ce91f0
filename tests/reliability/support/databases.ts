import pg from "pg";
import type { Query } from "./checks";

/** A new, empty database beside the one DATABASE_URL names (`<name>_<suffix>`), dropped first if left over. */
export async function freshPostgres(baseUrl: string, suffix: string): Promise<{ url: string; query: Query }> {
  const url = new URL(baseUrl);
  const name = `${url.pathname.slice(1) || "postgres"}_${suffix}`.replace(/[^A-Za-z0-9_]/g, "_");
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  url.pathname = `/${name}`;
  const query: Query = async <T>(sql: string) => {
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    try {
      return (await client.query(sql)).rows as T[];
    } finally {
      await client.end();
    }
  };
  return { url: url.toString(), query };
}

/** Queries an embedded database folder; only while no server has it open (one process per folder). */
export function embeddedQuery(dir: string): Query {
  return async <T>(sql: string) => {
    const { PGlite } = await import("@electric-sql/pglite");
    const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
    const db = new PGlite(dir, { extensions: { pg_trgm } });
    try {
      return (await db.query<T>(sql)).rows;
    } finally {
      await db.close();
    }
  };
}
