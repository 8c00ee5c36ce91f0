import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { Client } from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { migrate, readMigrations } from "@/lib/server/db/migrate";
import { DEMO_STAFF, seedDemoData } from "@/lib/server/db/seed";
import { pgliteRunner, pgRunner } from "@/lib/server/db/sql";
import { verifyPassword } from "@/lib/server/auth/password";
import { createSentRequest } from "@/lib/server/db/factories";
import { requestSeed, unique } from "../factories";

// These tests make databases of their own, so they can check a first start from nothing.

describe("migrations on a fresh embedded database", () => {
  const pglite = new PGlite("memory://", { extensions: { pg_trgm } });
  afterAll(() => pglite.close());

  it("applies every migration once and is a no-op the second time", async () => {
    const migrations = await readMigrations();
    expect(await migrate(pgliteRunner(pglite), migrations)).toEqual(migrations.map((m) => m.name));
    expect(await migrate(pgliteRunner(pglite), migrations)).toEqual([]);
  });

  it("refuses a migration that was edited after it was applied", async () => {
    const [first, ...rest] = await readMigrations();
    const edited = { ...first!, checksum: "0".repeat(64) };
    await expect(migrate(pgliteRunner(pglite), [edited, ...rest])).rejects.toThrow(
      /changed after it was applied/,
    );
  });

  it("seeds demo data once, with working passwords, every account marked demo", async () => {
    const db = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
    expect(await seedDemoData(db)).toBe(true);
    expect(await seedDemoData(db)).toBe(false);
    expect(await db.staffUser.count()).toBe(DEMO_STAFF.length);
    expect(await db.staffUser.count({ where: { demo: false } })).toBe(0);
    const lots = await db.staffUser.findUniqueOrThrow({ where: { email: DEMO_STAFF[0].email } });
    expect(lots.roles).toEqual(["LOTS"]);
    expect(await verifyPassword(lots.passwordHash!, DEMO_STAFF[0].password)).toBe(true);
    expect(await verifyPassword(lots.passwordHash!, "wrong-password")).toBe(false);
    expect(await db.request.count({ where: { status: "OPEN" } })).toBeGreaterThanOrEqual(4);

    // A partnership in each state: a draft, one out for signing, an active one with payments and a
    // returned and an accepted report, and ended ones.
    const drafts = await db.partnership.findMany({
      where: { status: "DRAFT" },
      select: { agreementVersions: { select: { signatures: { select: { signedAt: true } } } } },
    });
    expect(drafts.some((p) => p.agreementVersions.length === 0)).toBe(true);
    const signatures = drafts.flatMap((p) => p.agreementVersions.flatMap((v) => v.signatures));
    expect(signatures.some((s) => s.signedAt) && signatures.some((s) => !s.signedAt)).toBe(true);
    const active = await db.partnership.findFirstOrThrow({
      where: { status: "ACTIVE", payments: { some: {} } },
      select: { partnerReports: { select: { status: true } } },
    });
    expect(active.partnerReports.map((r) => r.status).sort()).toEqual(["ACCEPTED", "RETURNED"]);
    expect(await db.partnership.count({ where: { status: "ENDED" } })).toBeGreaterThan(0);
  });
});

describe("demo data never mixes with real data", () => {
  const pglite = new PGlite("memory://", { extensions: { pg_trgm } });
  afterAll(() => pglite.close());

  it("is not seeded into a database that holds requests but no staff yet", async () => {
    await migrate(pgliteRunner(pglite), await readMigrations());
    const db = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
    await createSentRequest(db, requestSeed());
    expect(await seedDemoData(db)).toBe(false);
    expect(await db.staffUser.count()).toBe(0);
  });
});

// Several app instances exist only with PostgreSQL (an embedded data folder belongs to one process),
// so this case is defined only when the tests run against PostgreSQL, as they do in CI.
if (process.env.DATABASE_URL)
  describe("migrations on PostgreSQL", () => {
    it("migrate a new database safely from several instances at once", async () => {
      const admin = new Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      const name = `lotsen_migrate_${unique()}`;
      await admin.query(`CREATE DATABASE ${name}`);
      const url = new URL(process.env.DATABASE_URL!);
      url.pathname = `/${name}`;
      const clients = [
        new Client({ connectionString: url.href }),
        new Client({ connectionString: url.href }),
      ];
      try {
        await Promise.all(clients.map((c) => c.connect()));
        const migrations = await readMigrations();
        const results = await Promise.all(clients.map((c) => migrate(pgRunner(c), migrations)));
        // Exactly one instance applied the migrations; the other found nothing left to do.
        expect(results.map((r) => r.length).sort()).toEqual([0, migrations.length]);
      } finally {
        await Promise.all(clients.map((c) => c.end()));
        await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
        await admin.end();
      }
    });
  });
