import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, open, readdir, rename, rm, type FileHandle } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

// The full open-data export is the same bytes for every visitor until the register changes, and at
// 50,000 partnerships it is tens of megabytes built from 500 queries. Each instance writes it to a
// file once per version (the ETag names the file) and serves that file to every download after it:
// the server holds a read buffer per download, not rows, and the database is read once per change.
// Filtered exports are many and visitor-chosen, so they are not written to disk (open-data.ts).

export type ExportFile = { handle: FileHandle; size: number };

const PENDING = Symbol.for("lotsen.export-file-pending");
const pending = ((globalThis as { [PENDING]?: Map<string, Promise<void>> })[PENDING] ??= new Map());

/**
 * The folder for one deployment's files: two deployments on a host (other databases or addresses)
 * never share or delete each other's files.
 */
export function exportDir(deployment: string, root = tmpdir()): string {
  const id = createHash("sha256").update(deployment).digest("hex").slice(0, 16);
  return join(/*turbopackIgnore: true*/ root, "lotsen-open-data", id);
}

const fileName = (kind: string, etag: string) =>
  `${kind}-${createHash("sha256").update(etag).digest("base64url").slice(0, 22)}`;

async function openIfThere(path: string): Promise<ExportFile | null> {
  try {
    const handle = await open(path, "r");
    try {
      return { handle, size: (await handle.stat()).size };
    } catch (error) {
      await handle.close();
      throw error;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** Writes the body to a temporary name and renames it, so a reader never sees half a file. */
async function write(dir: string, name: string, body: () => AsyncIterable<string>): Promise<void> {
  await mkdir(/*turbopackIgnore: true*/ dir, { recursive: true });
  const temporary = join(/*turbopackIgnore: true*/ dir, `.${name}.${randomUUID()}`);
  try {
    await pipeline(Readable.from(body()), createWriteStream(temporary));
    await rename(temporary, join(/*turbopackIgnore: true*/ dir, name));
  } finally {
    await rm(temporary, { force: true });
  }
  // Earlier versions of this kind are no longer served. A download still reading one keeps its
  // open file; the system frees it when the download ends.
  const kind = name.slice(0, name.indexOf("-") + 1);
  for (const other of await readdir(/*turbopackIgnore: true*/ dir)) {
    if (other.startsWith(kind) && other !== name)
      await rm(join(/*turbopackIgnore: true*/ dir, other), { force: true });
  }
}

/**
 * The export of `kind` at `etag`, opened for reading; written first if this instance has not yet.
 * Downloads that arrive while it is being written wait for the one writing. Throws when the file
 * cannot be written (the caller streams from the database instead).
 */
export async function exportFile(
  dir: string,
  kind: string,
  etag: string,
  body: () => AsyncIterable<string>,
): Promise<ExportFile> {
  const name = fileName(kind, etag);
  const path = join(/*turbopackIgnore: true*/ dir, name);
  const ready = await openIfThere(path);
  if (ready) return ready;
  const key = path;
  let writing = pending.get(key);
  if (!writing) {
    writing = write(dir, name, body).finally(() => pending.delete(key));
    pending.set(key, writing);
  }
  await writing;
  const written = await openIfThere(path);
  // Only a newer version written in the meantime removes it; that download streams instead.
  if (!written) throw new Error("export file replaced while it was written");
  return written;
}
