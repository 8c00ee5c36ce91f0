import { describe, expect, it } from "vitest";
import { getDb, getDbKind } from "@/lib/server/db/client";
import { createStaffUser } from "@/lib/server/db/factories";
import { uniqueEmail } from "../factories";

// Why tests/unit/adapter-safe-queries.test.ts refuses Prisma's list operators: on the embedded
// database (pglite-prisma-adapter) they fail on enum arrays with "malformed array literal", while
// PostgreSQL runs them. Should a newer adapter run them all, this test says so and the guard may go.
describe("list operators on an enum array", () => {
  it("fail on the embedded database and run on PostgreSQL; the SQL form runs on both", async () => {
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
    const expected = (await getDbKind()) === "embedded" ? "malformed array literal" : "runs";
    expect(outcome).toEqual({ has: expected, hasSome: expected, hasEvery: expected, push: expected });

    const rows = await db.$queryRaw<{ id: string }[]>`
      SELECT id FROM staff_user WHERE id = ${user.id}::uuid AND ${"DIRECTOR"}::"Role" = ANY(roles)`;
    expect(rows).toEqual([{ id: user.id }]);
  });
});
