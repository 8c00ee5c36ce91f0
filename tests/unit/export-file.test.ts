import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { exportDir, exportFile, type ExportFile } from "@/lib/server/register/export-file";

// The open-data export's file (lib/server/register/export-file.ts): written once per version, never
// seen half-written, older versions removed, and a failed write leaves nothing behind.

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "export-file-"));
});

async function* text(parts: string[], calls: { n: number }) {
  calls.n++;
  for (const part of parts) {
    await new Promise((r) => setTimeout(r, 5));
    yield part;
  }
}

async function contents(file: ExportFile): Promise<string> {
  try {
    return await file.handle.readFile("utf8");
  } finally {
    await file.handle.close();
  }
}

describe("export file", () => {
  it("keeps deployments apart", () => {
    expect(exportDir("postgresql://a/one", root)).not.toBe(exportDir("postgresql://a/two", root));
    expect(exportDir("postgresql://a/one", root)).toBe(exportDir("postgresql://a/one", root));
  });

  it("writes a version once however many downloads ask for it at the same time", async () => {
    const dir = exportDir("x", root);
    const calls = { n: 0 };
    const files = await Promise.all(
      Array.from({ length: 5 }, () => exportFile(dir, "json", '"v1"', () => text(["[1", ",2", "]"], calls))),
    );
    expect(calls.n).toBe(1);
    for (const file of files) {
      expect(file.size).toBe(5);
      expect(await contents(file)).toBe("[1,2]");
    }
    // Asked again later: read from the file, not written again.
    expect(await contents(await exportFile(dir, "json", '"v1"', () => text(["other"], calls)))).toBe("[1,2]");
    expect(calls.n).toBe(1);
  });

  it("removes the older versions of its own kind only", async () => {
    const dir = exportDir("x", root);
    const calls = { n: 0 };
    const old = await exportFile(dir, "json", '"v1"', () => text(["[1]"], calls));
    await contents(await exportFile(dir, "csv", '"v1"', () => text(["a\r\n"], calls)));
    expect(await contents(await exportFile(dir, "json", '"v2"', () => text(["[2]"], calls)))).toBe("[2]");
    const names = await readdir(dir);
    expect(names.filter((n) => n.startsWith("json-"))).toHaveLength(1);
    expect(names.filter((n) => n.startsWith("csv-"))).toHaveLength(1);
    // A download that had the old file open still reads all of it.
    expect(await contents(old)).toBe("[1]");
  });

  it("leaves nothing behind when the body fails, and tries again on the next download", async () => {
    const dir = exportDir("x", root);
    async function* failing() {
      yield "[1";
      throw new Error("database gone");
    }
    await expect(exportFile(dir, "json", '"v1"', failing)).rejects.toThrow("database gone");
    expect(await readdir(dir)).toEqual([]);
    const calls = { n: 0 };
    expect(await contents(await exportFile(dir, "json", '"v1"', () => text(["[1]"], calls)))).toBe("[1]");
    const [name] = await readdir(dir);
    expect(await readFile(join(dir, name!), "utf8")).toBe("[1]");
  });
});
