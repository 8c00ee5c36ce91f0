/* eslint-disable @typescript-eslint/no-explicit-any -- patches untyped internals of pg and adapter-pg 6 */
// Config for the pinned prisma 6.19 CLI (installed as the alias "prisma6"), used only to write migration
// SQL: Prisma 7's CLI downloads a schema engine we cannot reach, prisma 6.19 ships one as WASM.
// Run it through prisma/tools/new-migration.sh, never directly.
import { defineConfig } from "prisma6/config";
import { PrismaPg } from "adapter-pg6";
import pg from "pg";
import { randomUUID } from "node:crypto";
import path from "node:path";

// Workaround 1 (prisma/prisma#27403): adapter-pg 6.19 can't map postgres `name` (oid 19),
// which the schema engine's introspection queries return -> report it as text.
const REMAP: Record<number, number> = { 18: 25, 19: 25, 1002: 1009, 1003: 1009 }; // "char"/name (+arrays) -> text
const fixFields = (res: any) => {
  for (const f of res?.fields ?? []) if (REMAP[f.dataTypeID]) f.dataTypeID = REMAP[f.dataTypeID];
  return res;
};
// Workaround 3: the 6.19 WASM engine crashes ("unreachable") reading CHECK constraints, such as
// staff_user_oidc_binding_pair (prisma/migrations/*_staff_oidc_binding). The schema cannot express
// them, so the diff never touches them: hide them from the introspection query.
const isCheckIntrospection = (args: any[]) => {
  const text = typeof args[0] === "string" ? args[0] : args[0]?.text;
  return (
    typeof text === "string" &&
    text.includes("FROM pg_constraint constr") &&
    text.includes("NOT IN ('p', 'u', 'f')")
  );
};
const withoutRows = (res: any) => (res ? { ...res, rows: [], rowCount: 0 } : res);
class NameAsTextClient extends pg.Client {
  query(...args: any[]): any {
    const fix = isCheckIntrospection(args) ? (res: any) => withoutRows(fixFields(res)) : fixFields;
    const cb = args[args.length - 1];
    if (typeof cb === "function") args[args.length - 1] = (err: any, res: any) => cb(err, fix(res));
    const r = (super.query as any)(...args);
    return r && typeof r.then === "function" ? r.then(fix) : r;
  }
}

function pgConfig(database?: string): pg.PoolConfig {
  // Discrete fields, NOT connectionString (a connectionString overrides `database`).
  const u = new URL(process.env.MIGRATE_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password) || undefined,
    database: database ?? u.pathname.slice(1),
    Client: NameAsTextClient as any,
  };
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(process.cwd(), ".data/prisma6/schema.prisma"),
  migrations: { path: path.join(process.cwd(), "prisma/migrations") },
  adapter: async () => {
    const factory = new PrismaPg(pgConfig());
    // Workaround 2: adapter-pg's own connectToShadowDb() (a) connects to the MAIN db when a
    // connectionString is used and (b) drops the shadow db before closing its pool ("is being
    // accessed by other users"). Replace it: temp db, dispose pool first, then DROP ... WITH (FORCE).
    (factory as any).connectToShadowDb = async () => {
      const main = await factory.connect();
      const name = `prisma_migrate_shadow_db_${randomUUID()}`;
      await main.executeScript(`CREATE DATABASE "${name}"`);
      const shadow = await new PrismaPg(pgConfig(name)).connect();
      const dispose = shadow.dispose.bind(shadow);
      (shadow as any).dispose = async () => {
        await dispose();
        await main.executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await main.dispose();
      };
      return shadow;
    };
    return factory;
  },
});
