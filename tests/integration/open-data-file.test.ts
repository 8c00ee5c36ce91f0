import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getCsv } from "@/app/api/open-data/partnerships.csv/route";
import { GET as getJson } from "@/app/api/open-data/partnerships.json/route";
import { getDb } from "@/lib/server/db/client";
import { seedRegister } from "@/lib/server/db/register-seed";
import { invalidateRegister } from "@/lib/server/register/cache";
import { MAX_AGE_MS } from "@/lib/server/register/export-file";
import { unique } from "../factories";

// The unfiltered open-data export is written to a file once per version of the register and served
// from it (lib/server/register/export-file.ts); a filtered one, or one whose file cannot be written,
// is streamed from the database as before. Each test file runs in its own process, so the folder
// below (TMPDIR) belongs to this file alone, even when the database is shared.

const JSON_URL = "http://localhost/api/open-data/partnerships.json";
const originalTmp = process.env.TMPDIR;
let root: string;
let ownId = "";

async function files(prefix: string): Promise<string[]> {
  const base = join(root, "lotsen-open-data");
  const found: string[] = [];
  for (const deployment of await readdir(base).catch(() => [])) {
    for (const name of await readdir(join(base, deployment)))
      if (name.startsWith(prefix)) found.push(join(base, deployment, name));
  }
  return found;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "open-data-"));
  process.env.TMPDIR = root;
  const db = await getDb();
  await seedRegister(db);
  // A partnership of this file's own to change: the database may be shared with other files.
  const own = await db.partnership.create({
    data: {
      title: `Eget samarbete ${unique()}`,
      municipality: `Filkommun ${unique()}`,
      status: "ACTIVE",
      themes: ["INTEGRATION"],
      startYear: 2024,
      endYear: 2030,
      publishedAt: new Date(Date.now() - 60_000),
      published: { content: true, goals: false, results: false, budget: false },
    },
  });
  ownId = own.id;
  invalidateRegister();
});

afterAll(async () => {
  if (originalTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = originalTmp;
  await rm(root, { recursive: true, force: true });
});

describe("open data from a file", () => {
  it("writes the export once and serves every download of that version from the file", async () => {
    const answers = await Promise.all([1, 2, 3].map(() => getJson(new Request(JSON_URL))));
    const bodies = await Promise.all(answers.map((a) => a.arrayBuffer()));
    const [file, ...others] = await files("json-");
    expect(file).toBeDefined();
    expect(others).toEqual([]);
    const written = await readFile(file!);
    for (const [i, answer] of answers.entries()) {
      expect(answer.status).toBe(200);
      expect(answer.headers.get("etag")).toBe(answers[0]!.headers.get("etag"));
      expect(answer.headers.get("content-length")).toBe(String(written.length));
      expect(Buffer.from(bodies[i]!).equals(written)).toBe(true);
    }
    const rows = JSON.parse(written.toString("utf8")) as { id: string }[];
    expect(rows.map((r) => r.id)).toContain(ownId);

    // A HEAD request tells the size without a body (its file is closed at once).
    const head = await getJson(new Request(JSON_URL, { method: "HEAD" }));
    expect(head.headers.get("content-length")).toBe(String(written.length));
    expect(await head.text()).toBe("");

    // The next download of the same version reads the file, not the database.
    await writeFile(file!, "[]");
    const again = await getJson(new Request(JSON_URL));
    expect(again.headers.get("etag")).toBe(answers[0]!.headers.get("etag"));
    expect(await again.text()).toBe("[]");
    expect(again.headers.get("content-length")).toBe("2");
  });

  it("writes the next version after a change; files of other versions go once they have aged", async () => {
    const db = await getDb();
    const csv = await getCsv(new Request(JSON_URL.replace(".json", ".csv")));
    expect(new TextDecoder().decode(await csv.arrayBuffer())).toContain("title");
    const [before] = await files("json-");

    const row = await db.partnership.findUniqueOrThrow({ where: { id: ownId } });
    await db.partnership.update({ where: { id: row.id }, data: { title: `${row.title} (ny version)` } });
    invalidateRegister(); // as every change does (lib/server/partnerships/guard.ts)
    const changed = await getJson(new Request(JSON_URL));
    expect(await changed.text()).toContain("(ny version)");
    const [newer] = (await files("json-")).filter((f) => f !== before);
    expect(newer).toBeDefined();
    expect(await files("json-")).toHaveLength(2);
    expect(await files("csv-")).toHaveLength(1);

    // A minute on, the next download writes its file again and the others are removed.
    const past = new Date(Date.now() - MAX_AGE_MS - 1_000);
    for (const file of [...(await files("json-")), ...(await files("csv-"))]) await utimes(file, past, past);
    const again = await getJson(new Request(JSON_URL));
    expect(await again.text()).toContain("(ny version)");
    expect(await files("json-")).toEqual([newer]);
    expect(await files("csv-")).toEqual([]);
  });

  it("streams from the database when no file can be written", async () => {
    const blocked = join(root, "not-a-folder");
    await writeFile(blocked, "");
    process.env.TMPDIR = blocked;
    try {
      invalidateRegister();
      const answer = await getJson(new Request(JSON_URL));
      expect(answer.status).toBe(200);
      expect(answer.headers.get("content-length")).toBeNull();
      const rows = JSON.parse(await answer.text()) as { title: string }[];
      expect(rows.some((r) => r.title.endsWith("(ny version)"))).toBe(true);
    } finally {
      process.env.TMPDIR = root;
    }
  });
});
