import "server-only";

// The public register is read far more often than it changes, and with thousands of partnerships a
// page or the full open-data export costs real database time. Each instance keeps what it read for a
// minute (the same minute the open-data responses may be cached by browsers and proxies); a change
// to a partnership on this instance clears it at once, other instances catch up within the minute.

const TTL_MS = 60_000;
const MAX_ENTRIES = 500; // filter combinations are many; the oldest go first

type Entry = { at: number; value: Promise<unknown> };
const KEY = Symbol.for("lotsen.register-cache");
const store = (): Map<string, Entry> => {
  const holder = globalThis as { [KEY]?: Map<string, Entry> };
  holder[KEY] ??= new Map();
  return holder[KEY];
};

export function cachedRegister<T>(key: string, load: () => Promise<T>, now = Date.now()): Promise<T> {
  const entries = store();
  const hit = entries.get(key);
  if (hit && now - hit.at < TTL_MS) return hit.value as Promise<T>;
  const value = load();
  entries.delete(key);
  entries.set(key, { at: now, value });
  // A failed read is not kept: the next request tries again.
  value.catch(() => entries.get(key)?.value === value && entries.delete(key));
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return value;
}

/** After any change to a partnership: the next register read goes to the database. */
export function invalidateRegister(): void {
  store().clear();
}
