import "server-only";
import { revalidatePath } from "next/cache";
import type { RegisterVersion } from "./sql";

// The public register is read far more often than it changes, and with thousands of partnerships a
// page or the full open-data export costs real database time. Each instance keeps what it read for a
// minute (the same minute the open-data responses may be cached by browsers and proxies); a change
// to a partnership on this instance clears it at once, other instances catch up within the minute.
//
// Keys are built from parsed filters (lib/server/register/partnerships.ts, registerFiltersKey), so
// junk query parameters share one entry. Distinct real filters are still many, and one open-data
// export is megabytes, so the cache is bounded by an estimate of the memory its values hold, not by
// a count: the least recently used entries go first.

const TTL_MS = 60_000;
export const REGISTER_CACHE_MAX_BYTES = 32 * 1024 * 1024;
/** The map entry, the key's string and the promise: a rough figure, so tiny values also count. */
const ENTRY_OVERHEAD_BYTES = 200;

/** A generous estimate of a value's memory: V8 may store a string's characters in two bytes each. */
export function estimateBytes(value: unknown): number {
  if (typeof value === "string") return value.length * 2;
  return (JSON.stringify(value)?.length ?? 0) * 2;
}

type Entry = { at: number; value: Promise<unknown>; bytes: number };

export class ByteBudgetCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private misses = 0;

  constructor(
    readonly maxBytes: number,
    private readonly ttlMs = TTL_MS,
  ) {}

  get<T>(key: string, load: () => Promise<T>, now = Date.now()): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && now - hit.at < this.ttlMs) {
      // Least recently used first: a Map keeps insertion order, so a hit moves to the end.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value as Promise<T>;
    }
    if (hit) this.remove(key);
    this.misses++;
    const value = load();
    const entry: Entry = { at: now, value, bytes: 0 };
    this.entries.set(key, entry);
    value.then(
      (resolved) => this.settle(key, entry, ENTRY_OVERHEAD_BYTES + key.length * 2 + estimateBytes(resolved)),
      // A failed read is not kept: the next request tries again.
      () => this.entries.get(key) === entry && this.remove(key),
    );
    return value;
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  stats(): { entries: number; bytes: number; maxBytes: number; misses: number } {
    return { entries: this.entries.size, bytes: this.bytes, maxBytes: this.maxBytes, misses: this.misses };
  }

  /** A value's size is known once it has been read; then the oldest entries make room for it. */
  private settle(key: string, entry: Entry, bytes: number): void {
    if (this.entries.get(key) !== entry) return; // cleared or replaced while loading
    entry.bytes = bytes;
    this.bytes += bytes;
    if (bytes > this.maxBytes) {
      this.remove(key);
      return;
    }
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.maxBytes) break;
      if (oldest !== key) this.remove(oldest);
    }
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.bytes;
    this.entries.delete(key);
  }
}

const KEY = Symbol.for("lotsen.register-cache");
/** One cache per server process (globalThis: Next.js may load this module more than once). */
export function registerCache(): ByteBudgetCache {
  const holder = globalThis as { [KEY]?: ByteBudgetCache };
  holder[KEY] ??= new ByteBudgetCache(REGISTER_CACHE_MAX_BYTES);
  return holder[KEY];
}

export function cachedRegister<T>(key: string, load: () => Promise<T>, now = Date.now()): Promise<T> {
  return registerCache().get(key, load, now);
}

// The register's version (lib/server/register/sql.ts) decides ETags and conditional answers. It is
// read at most every few seconds per instance, so a conditional GET costs no query; a change on this
// instance forgets it at once, other instances see it within VERSION_TTL_MS.
const VERSION_TTL_MS = 5_000;
const VERSION = Symbol.for("lotsen.register-version");
type VersionHolder = { [VERSION]?: { at: number; value: Promise<RegisterVersion> } };

export function registerVersion(
  load: () => Promise<RegisterVersion>,
  now = Date.now(),
): Promise<RegisterVersion> {
  const holder = globalThis as VersionHolder;
  const memo = holder[VERSION];
  if (memo && now - memo.at < VERSION_TTL_MS) return memo.value;
  const value = load();
  holder[VERSION] = { at: now, value };
  value.catch(() => holder[VERSION]?.value === value && delete holder[VERSION]);
  return value;
}

/** The register's pages in the page cache: its views and each partnership's page. */
const CACHED_PAGES = [
  "/[locale]/(public)/samarbeten/urval/[selection]",
  "/[locale]/(public)/samarbeten/[id]",
];

/**
 * After any change to a partnership: the next register read goes to the database, and the next
 * visit to a cached page of the register renders it again. Outside a request (a background job, a
 * command-line tool) there is no page cache to tell; the pages are at most `revalidate` seconds old.
 */
export function invalidateRegister(): void {
  registerCache().clear();
  delete (globalThis as VersionHolder)[VERSION];
  try {
    for (const page of CACHED_PAGES) revalidatePath(page, "page");
  } catch {
    // Not inside a request: see above.
  }
}
