import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db/client";
import { createStaffUser } from "@/lib/server/db/factories";
import { uniqueEmail } from "../factories";

// This file's embedded database is migrated here, as on a first start, not copied from the migrated
// template (tests/support/embedded-template.ts).
delete process.env.LOTSEN_PGLITE_TEMPLATE;

// Prisma's list operators on an enum array once failed on the embedded database with "malformed array
// literal": PGlite knows only the array types that existed when it opened, and the migrations create
// the enums afterwards. lib/server/db/client.ts refreshes them after migrating; this test holds that on a
// first start. tests/unit/adapter-safe-queries.test.ts still keeps the SQL form in the code.
describe("list operators on an enum array", () => {
  it("run on a freshly migrated database of either kind, as does the SQL form", async () => {
    const db = await getDb();
    const user = await createStaffUser(db, { email: uniqueEmail("adapter"), name: "A", roles: ["DIRECTOR"] });
    const tries = {
      has: () => db.staffUser.findMany({ where: { id: user.id, roles: { has: "DIRECTOR" } } }),
      hasSome: () => db.staffUser.findMany({ where: { id: user.id, roles: { hasSome: ["DIRECTOR"] } } }),
      hasEvery: () => db.staffUser.findMany({ where: { id: user.id, roles: { hasEvery: ["DIRECTOR"] } } }),
      push: () => db.staffUser.update({ where: { id: user.id }, data: { roles: { push: "LOTS" } } }),
    };
    const outcome: Record<string, string> = {};
    for (const [name, run] of Object.entries(tries)) {
      outcome[name] = await run().then(
        () => "runs",
        (e: unknown) =>
          String(e).includes("malformed array literal") ? "malformed array literal" : String(e),
      );
    }
    expect(outcome).toEqual({ has: "runs", hasSome: "runs", hasEvery: "runs", push: "runs" });

    const rows = await db.$queryRaw<{ id: string }[]>`
      SELECT id FROM staff_user WHERE id = ${user.id}::uuid AND ${"DIRECTOR"}::"Role" = ANY(roles)`;
    expect(rows).toEqual([{ id: user.id }]);
  });
});
