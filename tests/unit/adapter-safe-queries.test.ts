import { describe, expect, it } from "vitest";
import {
  UNSAFE_LIST_OPERATORS,
  unsafeFiltersIn,
  unsafeFiltersUnder,
} from "../support/adapter-unsafe-filters";

// Every query must run on both databases. The embedded database's adapter cannot run Prisma's list
// operators (tests/integration/embedded-adapter.test.ts shows which fail), so none may appear in the
// code that queries: write such a filter in SQL instead (`${role}::"Role" = ANY(roles)`).
// Playwright's locator option `{ has: … }` is not a query, so tests/e2e is not scanned; nor is a
// Next.js rewrite's condition `has` (lib/static-pages.ts, which reads no database).
const ROOT = `${import.meta.dirname}/../..`;
const SCANNED = ["lib", "app", "components", "prisma", "tests"];
const SKIPPED = [
  "lib/generated",
  "lib/static-pages.ts",
  "tests/e2e",
  "tests/integration/embedded-adapter.test.ts",
];

describe("queries that the embedded database can run", () => {
  it("use no Prisma list operator the embedded adapter cannot run", () => {
    expect(unsafeFiltersUnder(ROOT, SCANNED, SKIPPED)).toEqual([]);
  });

  it("finds each operator however it is written", () => {
    for (const op of UNSAFE_LIST_OPERATORS) {
      const written = [
        `db.staffUser.findMany({ where: { roles: { ${op}: value } } })`,
        `const ${op} = 1; const where = { roles: { ${op} } };`,
        `const where = { roles: { "${op}": value } };`,
      ];
      for (const source of written) {
        expect(unsafeFiltersIn("x.ts", source), source).toEqual([{ file: "x.ts", line: 1, operator: op }]);
      }
    }
    expect(unsafeFiltersIn("x.tsx", `const a = <p>{x}</p>;\nconst w = { roles: { has: r } };`)).toEqual([
      { file: "x.tsx", line: 2, operator: "has" },
    ]);
  });

  it("leaves method calls, raw SQL and other keys alone", () => {
    const source = [
      'list.push(x); set.has(y); const q = Prisma.sql`${r}::"Role" = ANY(roles)`;',
      "const m = { has(key: string) { return key; } }; const w = { roles: { equals: [] } };",
      "// roles: { has: role }",
    ].join("\n");
    expect(unsafeFiltersIn("x.ts", source)).toEqual([]);
  });
});
