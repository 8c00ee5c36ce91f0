import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, utimes } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { exportDir, exportFile, MAX_AGE_MS, type ExportFile } from "@/lib/server/register/export-file";

// The open-data export's file (lib/server/register/export-file.ts): written once per version and
// minute, never seen half-written, aged files removed, a failed write leaves nothing behind, and a
// folder that is not the server's own is refused.

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "export-file-"));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
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

/** Makes every file in the folder older than a file may be served. */
async function age(dir: string) {
  const past = new Date(Date.now() - MAX_AGE_MS - 1_000);
  for (const name of await readdir(dir)) await utimes(join(dir, name), past, past);
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

  it("writes a file again once it is older than a minute", async () => {
    const dir = exportDir("x", root);
    const calls = { n: 0 };
    await contents(await exportFile(dir, "json", '"v1"', () => text(["[1]"], calls)));
    await age(dir);
    expect(await contents(await exportFile(dir, "json", '"v1"', () => text(["[2]"], calls)))).toBe("[2]");
    expect(calls.n).toBe(2);
  });

  it("removes other versions once they have aged, and never a younger one", async () => {
    const dir = exportDir("x", root);
    const calls = { n: 0 };
    const old = await exportFile(dir, "json", '"v1"', () => text(["[1]"], calls));
    await contents(await exportFile(dir, "csv", '"v1"', () => text(["a\r\n"], calls)));
    await contents(await exportFile(dir, "json", '"v2"', () => text(["[2]"], calls)));
    // Still young: a slower write of an older version may finish after the newer one.
    expect((await readdir(dir)).filter((n) => n.startsWith("json-"))).toHaveLength(2);
    await age(dir);
    expect(await contents(await exportFile(dir, "json", '"v3"', () => text(["[3]"], calls)))).toBe("[3]");
    expect(await readdir(dir)).toHaveLength(1);
    // A download that had an old file open still reads all of it.
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

  it("keeps its folders private and refuses one that is a link", async () => {
    const dir = exportDir("x", root);
    await mkdir(join(root, "lotsen-open-data"), { mode: 0o755 });
    await contents(await exportFile(dir, "json", '"v1"', () => text(["[1]"], { n: 0 })));
    expect((await stat(join(root, "lotsen-open-data"))).mode & 0o777).toBe(0o700);
    expect((await stat(dir)).mode & 0o777).toBe(0o700);

    // Someone else's folder, linked in place of the deployment's: nothing is read from or written to it.
    const other = await mkdtemp(join(tmpdir(), "export-file-other-"));
    try {
      const linked = exportDir("y", root);
      await symlink(other, linked);
      await expect(exportFile(linked, "json", '"v1"', () => text(["[9]"], { n: 0 }))).rejects.toThrow(
        "not this server's own",
      );
      expect(await readdir(other)).toEqual([]);
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });
});
