import { beforeAll, describe, expect, it } from "vitest";
import { GET as getCsv } from "@/app/api/open-data/partnerships.csv/route";
import { GET as getJson } from "@/app/api/open-data/partnerships.json/route";
import { getDb } from "@/lib/server/db/client";
import { seedRegister } from "@/lib/server/db/register-seed";
import { invalidateRegister } from "@/lib/server/register/cache";
import {
  allPublishedPartnerships,
  listPublishedPartnerships,
  publishedBatches,
  REGISTER_PAGE_SIZE,
  toCsv,
  toOpenDataRow,
} from "@/lib/server/register/partnerships";
import { env } from "@/lib/server/env";
import { unique } from "../factories";

// The register paged, filtered and searched in SQL, and open data streamed in keyset batches.

const municipality = `Sidkommun ${unique()}`;
const word = `Ordet${unique().replace(/\W/g, "")}`;

beforeAll(async () => {
  const db = await getDb();
  await seedRegister(db);
  // 60 published partnerships in one municipality; end years repeat and some are missing, so the
  // order's later keys (title, id) decide too. One draft that must never show.
  for (let i = 0; i < 60; i++)
    await db.partnership.create({
      data: {
        title: i === 7 ? `Läxhjälp ${word}` : `Samarbete ${String(i % 20).padStart(2, "0")}`,
        municipality,
        status: i % 4 === 0 ? "ENDED" : "ACTIVE",
        themes: [i % 2 ? "INTEGRATION" : "MENTAL_HEALTH"],
        startYear: 2020,
        endYear: i % 5 === 0 ? null : 2024 + (i % 3),
        publishedAt: new Date(Date.now() - 60_000),
        published: { content: true, goals: true, results: true, budget: false },
        parties: {
          create: [
            { side: "CIVIL_SOCIETY", name: `Förening ${i}` },
            { side: "PUBLIC", name: i === 11 ? `Nämnden ${word}` : "Socialnämnden", sortOrder: 1 },
          ],
        },
      },
    });
  await db.partnership.create({
    data: { title: `Utkast ${word}`, municipality, status: "DRAFT", published: { content: true } },
  });
  // Migrating and seeding an embedded database takes a while on a busy machine.
}, 240_000);

describe("the register, paged in SQL", () => {
  it("pages 25 at a time in one stable order, every partnership exactly once", async () => {
    const db = await getDb();
    const pages = [1, 2, 3].map((page) => listPublishedPartnerships(db, { municipality }, page));
    const [one, two, three] = await Promise.all(pages);
    expect(REGISTER_PAGE_SIZE).toBe(25);
    expect(one!.total).toBe(60);
    expect(one!.pageCount).toBe(3);
    expect([one!.rows.length, two!.rows.length, three!.rows.length]).toEqual([25, 25, 10]);
    const ids = [...one!.rows, ...two!.rows, ...three!.rows].map((r) => r.id);
    expect(new Set(ids).size).toBe(60);
    // The same order as the whole list; a page past the end shows the last page.
    expect((await allPublishedPartnerships(db, { municipality })).map((r) => r.id)).toEqual(ids);
    expect((await listPublishedPartnerships(db, { municipality }, 99)).page).toBe(3);
  });

  it("filters and searches in SQL, never finding what is not published", async () => {
    const db = await getDb();
    const ids = (rows: { title: string }[]) => rows.map((r) => r.title);
    expect(ids((await listPublishedPartnerships(db, { q: word })).rows).sort()).toEqual(
      [`Läxhjälp ${word}`, "Samarbete 11"].sort(),
    );
    expect((await listPublishedPartnerships(db, { q: word.toLowerCase() })).total).toBe(2);
    expect((await listPublishedPartnerships(db, { q: "100%_\\" })).total).toBe(0);
    expect((await listPublishedPartnerships(db, { municipality, party: word })).total).toBe(1);
    const filtered = await listPublishedPartnerships(db, {
      municipality,
      theme: "INTEGRATION",
      status: "ACTIVE",
    });
    expect(filtered.total).toBe(30); // the odd ones, none of which ended (i % 4 === 0)
  });
});

describe("open data, streamed", () => {
  it("reads the same rows in small keyset batches as in one", async () => {
    const db = await getDb();
    const now = new Date();
    const whole: string[] = [];
    for await (const batch of publishedBatches(db, { municipality }, now, 100_000))
      whole.push(...batch.map((p) => p.id));
    const small: string[] = [];
    for await (const batch of publishedBatches(db, { municipality }, now, 7)) {
      expect(batch.length).toBeLessThanOrEqual(7);
      small.push(...batch.map((p) => p.id));
    }
    expect(small).toEqual(whole);
    expect(whole.length).toBe(60);
    // The order the export had when Prisma sorted it.
    const before = await db.partnership.findMany({
      where: { municipality, status: { in: ["ACTIVE", "ENDED"] }, publishedAt: { lte: now } },
      orderBy: [
        { municipality: "asc" },
        { endYear: { sort: "desc", nulls: "first" } },
        { title: "asc" },
        { id: "asc" },
      ],
      select: { id: true },
    });
    expect(whole).toEqual(before.map((r) => r.id));
  });

  it("streams exactly the bodies the whole-list code produced", async () => {
    const db = await getDb();
    const query = `?municipality=${encodeURIComponent(municipality)}`;
    const rows = (await allPublishedPartnerships(db, { municipality })).map((p) =>
      toOpenDataRow(p, env().PUBLIC_BASE_URL),
    );
    const json = await getJson(new Request(`http://localhost/api/open-data/partnerships.json${query}`));
    expect(await json.text()).toBe(JSON.stringify(rows));
    const csv = await getCsv(new Request(`http://localhost/api/open-data/partnerships.csv${query}`));
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes)).toBe(toCsv(rows));
    const empty = await getJson(
      new Request("http://localhost/api/open-data/partnerships.json?q=nothing-like-this"),
    );
    expect(await empty.text()).toBe("[]");
  });

  it("answers 304 to a matching ETag, and gives a new ETag after a change", async () => {
    const db = await getDb();
    const url = "http://localhost/api/open-data/partnerships.json";
    const first = await getJson(new Request(url));
    await first.body?.cancel();
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get("last-modified")).toBeTruthy();
    expect(first.headers.get("cache-control")).toMatch(/public/);

    const again = await getJson(new Request(url, { headers: { "if-none-match": etag } }));
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    // Another format or other filters are other documents.
    const csv = await getCsv(
      new Request(url.replace(".json", ".csv"), { headers: { "if-none-match": etag } }),
    );
    expect(csv.status).toBe(200);
    await csv.body?.cancel();

    const row = await db.partnership.findFirstOrThrow({ where: { municipality } });
    await db.partnership.update({ where: { id: row.id }, data: { title: `${row.title} (ändrad)` } });
    invalidateRegister(); // as every change does (lib/server/partnerships/guard.ts)
    const changed = await getJson(new Request(url, { headers: { "if-none-match": etag } }));
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    expect(await changed.text()).toContain("(ändrad)");
  });
});
