import { beforeAll, describe, expect, it } from "vitest";
import { GET as getJson } from "@/app/api/open-data/partnerships.json/route";
import { THEMES } from "@/lib/domain/themes";
import { getDb } from "@/lib/server/db/client";
import { seedRegister } from "@/lib/server/db/register-seed";
import {
  ByteBudgetCache,
  estimateBytes,
  invalidateRegister,
  registerCache,
} from "@/lib/server/register/cache";
import { openDataResponse } from "@/lib/server/register/open-data";
import { PUBLIC_STATUSES } from "@/lib/server/register/partnerships";

const json = (rows: unknown) => JSON.stringify(rows);
const download = (query: string, cache?: ByteBudgetCache) =>
  openDataResponse(
    new Request(`http://localhost/api/open-data/partnerships.json${query}`),
    "json",
    json,
    {},
    cache,
  );

describe("the open-data cache", () => {
  // Migrating and seeding the embedded database is the slow part; a hook has the longer timeout.
  beforeAll(async () => {
    await seedRegister(await getDb());
  });

  it("builds one export for 500 addresses that differ only in unknown parameters", async () => {
    invalidateRegister();
    const before = registerCache().stats().misses;
    const bodies = new Set<string>();
    for (let n = 1; n <= 500; n++) {
      const res = await getJson(new Request(`http://localhost/api/open-data/partnerships.json?n=${n}`));
      bodies.add(await res.text());
    }
    expect(registerCache().stats().misses - before).toBe(1);
    expect(bodies.size).toBe(1);
    expect(JSON.parse([...bodies][0]!).length).toBeGreaterThanOrEqual(33);

    // The same filters written differently are one entry too; a different format is another.
    const a = await (await download("?status=ACTIVE&year=2025&utm=x")).text();
    const b = await (await download("?year=%202025%20&junk=1&status=ACTIVE")).text();
    expect(b).toBe(a);
    expect(registerCache().stats().misses - before).toBe(2);
  });

  it("never holds more than its byte budget, however many real filters are asked for", async () => {
    const full = await (await download("")).text();
    const budget = Math.ceil(estimateBytes(full) * 2.5);
    const cache = new ByteBudgetCache(budget);
    const queries = [""];
    for (let year = 2005; year <= 2030; year++)
      for (const status of ["", ...PUBLIC_STATUSES]) queries.push(`?year=${year}&status=${status}`);
    for (const theme of THEMES) queries.push(`?theme=${theme}`, `?theme=${theme}&status=ACTIVE`);

    for (const query of queries) {
      const body = await (await download(query, cache)).text();
      expect(Array.isArray(JSON.parse(body))).toBe(true);
      expect(cache.stats().bytes).toBeLessThanOrEqual(budget);
    }
    expect(cache.stats().misses).toBe(queries.length);
    expect(cache.stats().entries).toBeLessThan(queries.length); // the oldest made room
    // What is kept is still the right answer.
    expect(await (await download("", cache)).text()).toBe(full);
  });
});
