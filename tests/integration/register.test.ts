import { describe, expect, it } from "vitest";
import { GET as getCsv } from "@/app/api/open-data/partnerships.csv/route";
import { GET as getJson } from "@/app/api/open-data/partnerships.json/route";
import { getDb } from "@/lib/server/db/client";
import { REGISTER_SEED, seedRegister } from "@/lib/server/db/register-seed";
import {
  allPublishedPartnerships,
  csvCell,
  getPublishedPartnership,
  listPublishedPartnerships,
  OPEN_DATA_FIELDS,
  parseRegisterFilters,
} from "@/lib/server/register/partnerships";
import { unique } from "../factories";

/** A small RFC 4180 parser: quoted fields, doubled quotes, CRLF or LF line ends. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      // handled by the \n
    } else if (c === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const asCell = (v: unknown) => (v === null ? "" : typeof v === "object" ? JSON.stringify(v) : String(v));

describe("the public IOP register", () => {
  it("seeds every partnership of the register collection once, however often it runs", async () => {
    const db = await getDb();
    await seedRegister(db);
    expect(await seedRegister(db)).toBe(0);
    for (const entry of REGISTER_SEED) {
      const rows = await db.partnership.findMany({
        where: { title: entry.title, municipality: entry.municipality },
        include: { parties: true },
      });
      expect(rows, entry.title).toHaveLength(1);
      expect(rows[0]!.publishedAt).not.toBeNull();
      expect(rows[0]!.status).toBe(entry.endYear < 2026 ? "ENDED" : "ACTIVE");
      expect(rows[0]!.parties.filter((p) => p.side === "CIVIL_SOCIETY").map((p) => p.name)).toEqual(
        entry.civil,
      );
    }
    expect(REGISTER_SEED.length).toBeGreaterThanOrEqual(33);
  });

  it("filters by municipality, year, public party, theme and status", async () => {
    const db = await getDb();
    await seedRegister(db);
    const titles = async (q: Record<string, string>) =>
      (await allPublishedPartnerships(db, parseRegisterFilters(q).filters)).map((p) => p.title);

    const malmo2016 = await titles({ municipality: "Malmö", year: "2016" });
    expect(malmo2016).toContain("Carpe Sophia – mentorskap till arbete för utrikesfödda kvinnor");
    expect(malmo2016).not.toContain("Y-allas väg till arbete 2.0");

    const umea = await titles({ party: "individ- och familjenämnden", municipality: "Umeå" });
    expect(umea).toHaveLength(REGISTER_SEED.filter((e) => e.municipality === "Umeå").length);

    expect(await titles({ theme: "VIOLENCE_AGAINST_WOMEN" })).toContain(
      "Ett självvalt liv fritt från våld och förtryck",
    );
    expect(await titles({ status: "ACTIVE", municipality: "Malmö" })).toEqual([]);
    expect((await titles({ status: "ENDED" })).length).toBeGreaterThanOrEqual(REGISTER_SEED.length);
    // Invalid values are ignored rather than failing.
    expect(parseRegisterFilters({ theme: "NOPE", year: "abc", status: "DRAFT", page: "-3" })).toEqual({
      filters: {
        theme: undefined,
        party: undefined,
        year: undefined,
        status: undefined,
        municipality: undefined,
      },
      page: 1,
    });

    const page = await listPublishedPartnerships(db, {}, 1);
    expect(page.rows.length).toBeLessThanOrEqual(50);
    expect(page.total).toBeGreaterThanOrEqual(REGISTER_SEED.length);
  });

  it("shows only published partnerships, and of them only the published parts", async () => {
    const db = await getDb();
    const municipality = `Testkommun ${unique()}`;
    const draft = await db.partnership.create({
      data: { title: "Utkast", municipality, status: "DRAFT", published: { content: true } },
    });
    const partial = await db.partnership.create({
      data: {
        title: "Delvis publicerat",
        municipality,
        status: "ACTIVE",
        startYear: 2026,
        endYear: 2028,
        purpose: "Hemligt syfte",
        goals: [{ text: "Mål", indicator: "Antal", target: "10", result: "12" }],
        publishedAt: new Date(Date.now() - 1000),
        published: { content: false, goals: true, results: false, budget: true },
        parties: { create: [{ side: "CIVIL_SOCIETY", name: "Föreningen Test" }] },
      },
      include: { parties: true },
    });
    await db.budgetLine.create({
      data: {
        partnershipId: partial.id,
        partyId: partial.parties[0]!.id,
        year: 2026,
        kind: "VOLUNTEER_TIME",
        description: "Volontärtid 44 veckor × 40 h",
        factors: [
          { label: "veckor", value: 44 },
          { label: "timmar", value: 40 },
        ],
        quantity: 1760,
        unit: "h",
        unitPriceSek: 134,
      },
    });
    const { rows } = await listPublishedPartnerships(db, { municipality });
    expect(rows.map((r) => r.title)).toEqual(["Delvis publicerat"]);
    expect(rows[0]!.content).toBeNull();
    expect(rows[0]!.goals).toEqual([{ text: "Mål", indicator: "Antal", target: "10" }]);
    expect(rows[0]!.budget![0]!.amountSek).toBe(235_840);
    expect(await getPublishedPartnership(db, draft.id)).toBeNull();
    expect(await getPublishedPartnership(db, "not-a-uuid")).toBeNull();
    expect((await listPublishedPartnerships(db, { municipality, year: 2027, status: "ACTIVE" })).total).toBe(
      1,
    );
    expect((await listPublishedPartnerships(db, { municipality, year: 2025 })).total).toBe(0);
  });

  it("serves CSV that parses back to the same rows as the JSON, with every partnership of the register collection", async () => {
    const db = await getDb();
    await seedRegister(db);
    const csvResponse = await getCsv(new Request("http://localhost/api/open-data/partnerships.csv"));
    expect(csvResponse.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    const bytes = new Uint8Array(await csvResponse.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text).toContain("\r\n");
    const [header, ...csvRows] = parseCsv(text.slice(1));
    expect(header).toEqual([...OPEN_DATA_FIELDS]);

    const json = (await (
      await getJson(new Request("http://localhost/api/open-data/partnerships.json"))
    ).json()) as Record<string, unknown>[];
    expect(csvRows).toHaveLength(json.length);
    const unformula = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);
    csvRows.forEach((row, i) => {
      const fromCsv = Object.fromEntries(header!.map((f, j) => [f, unformula(row[j]!)]));
      const fromJson = Object.fromEntries(OPEN_DATA_FIELDS.map((f) => [f, asCell(json[i]![f])]));
      expect(fromCsv).toEqual(fromJson);
    });

    for (const entry of REGISTER_SEED) {
      const row = json.find((r) => r.title === entry.title && r.municipality === entry.municipality);
      expect(row, entry.title).toBeDefined();
      for (const name of entry.civil) expect(String(row!.civil_society_parties)).toContain(name);
    }
    const carpe = json.find((r) => String(r.title).startsWith("Carpe Sophia"))!;
    expect(JSON.stringify(carpe.goals)).toContain("63,5 %");
  });

  it("keeps spreadsheet formulas from running", () => {
    expect(csvCell("=HYPERLINK(1)")).toBe(`"'=HYPERLINK(1)"`);
    expect(csvCell("+1")).toBe(`"'+1"`);
    expect(csvCell("-1")).toBe(`"'-1"`);
    expect(csvCell("@x")).toBe(`"'@x"`);
    expect(csvCell('a "b", c')).toBe(`"a ""b"", c"`);
    expect(csvCell(null)).toBe(`""`);
  });
});
