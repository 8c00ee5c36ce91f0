import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { chmod, lstat, mkdir, open, readdir, rename, rm, stat, type FileHandle } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

// The full open-data export is the same bytes for every visitor until the register changes, and at
// 50,000 partnerships it is tens of megabytes built from 500 queries. Each instance writes it to a
// file (named by the ETag) and serves that file to every download after it: the server holds a read
// buffer per download, not rows, and the database is read once per version.
// A file is served for at most MAX_AGE_MS, then written again: the version behind the ETag is
// stamped by the application's clock (updated_at), so two instances with clocks apart could make a
// change that leaves the version as it was, and a new release may write the rows differently. A
// minute is what the register's other caches and the export's Cache-Control already allow.
// Filtered exports are many and visitor-chosen, so they are not written to disk (open-data.ts).

export const MAX_AGE_MS = 60_000;

export type ExportFile = { handle: FileHandle; size: number };

const PENDING = Symbol.for("lotsen.export-file-pending");
const pending = ((globalThis as { [PENDING]?: Map<string, Promise<void>> })[PENDING] ??= new Map());

/**
 * The folder for one deployment's files: two deployments on a host (other databases or addresses)
 * never share or delete each other's files. `deployment` must hold no secret (the name is a hash).
 */
export function exportDir(deployment: string, root = tmpdir()): string {
  const id = createHash("sha256").update(deployment).digest("hex").slice(0, 16);
  return join(/*turbopackIgnore: true*/ root, "lotsen-open-data", id);
}

const fileName = (kind: string, etag: string) =>
  `${kind}-${createHash("sha256").update(etag).digest("base64url").slice(0, 22)}`;

/**
 * The temporary folder is shared with the host's other users: the two folders are made private,
 * and one that is a link or belongs to someone else is refused, so nobody else can plant an export.
 */
async function privateDir(dir: string): Promise<void> {
  await mkdir(/*turbopackIgnore: true*/ dir, { recursive: true, mode: 0o700 });
  for (const folder of [join(/*turbopackIgnore: true*/ dir, ".."), dir]) {
    const info = await lstat(folder);
    const uid = process.getuid?.();
    if (!info.isDirectory() || (uid !== undefined && info.uid !== uid))
      throw new Error("export folder is not this server's own");
    if (info.mode & 0o077) await chmod(folder, 0o700);
  }
}

async function openIfFresh(path: string, now: number): Promise<ExportFile | null> {
  let handle: FileHandle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  try {
    const info = await handle.stat();
    if (now - info.mtimeMs < MAX_AGE_MS) return { handle, size: info.size };
  } catch (error) {
    await handle.close();
    throw error;
  }
  await handle.close();
  return null;
}

/** Writes the body to a temporary name and renames it, so a reader never sees half a file. */
async function write(dir: string, name: string, body: () => AsyncIterable<string>): Promise<void> {
  const temporary = join(/*turbopackIgnore: true*/ dir, `.${name}.${randomUUID()}`);
  try {
    await pipeline(Readable.from(body()), createWriteStream(temporary, { mode: 0o600 }));
    await rename(temporary, join(/*turbopackIgnore: true*/ dir, name));
  } finally {
    await rm(temporary, { force: true });
  }
  // Files past their age are never served again: other versions, and what a stopped server left
  // half written. A younger file of another version may still be the newest one (a slower write of
  // an older version can finish last), so it stays until it ages. A download still reading a
  // removed file keeps it open; the system frees it when the download ends.
  const now = Date.now();
  for (const other of await readdir(/*turbopackIgnore: true*/ dir)) {
    if (other === name) continue;
    const path = join(/*turbopackIgnore: true*/ dir, other);
    const info = await stat(path).catch(() => null);
    if (info && now - info.mtimeMs >= MAX_AGE_MS) await rm(path, { force: true });
  }
}

/**
 * The export of `kind` at `etag`, opened for reading; written first if this instance has no fresh
 * one. Downloads that arrive while it is being written wait for the one writing. Throws when the
 * file cannot be written (the caller streams from the database instead).
 */
export async function exportFile(
  dir: string,
  kind: string,
  etag: string,
  body: () => AsyncIterable<string>,
  now = Date.now(),
): Promise<ExportFile> {
  await privateDir(dir);
  const name = fileName(kind, etag);
  const path = join(/*turbopackIgnore: true*/ dir, name);
  const ready = await openIfFresh(path, now);
  if (ready) return ready;
  let writing = pending.get(path);
  if (!writing) {
    writing = write(dir, name, body).finally(() => pending.delete(path));
    pending.set(path, writing);
  }
  await writing;
  const written = await openIfFresh(path, Date.now());
  if (!written) throw new Error("export file missing after it was written");
  return written;
}
