// Where a sign-in may send someone back to: a path on this site only. Pure, so every case can be
// unit-tested (tests/unit/safe-path.test.ts).

const BASE = "http://same.invalid";

/**
 * `value` as a normalised path and query on this site, or null when it could lead anywhere else.
 * The path is normalised first (`/./`, `/../`, percent case) and checked after: `/.//evil.example`
 * normalises to `//evil.example`, which a browser reads as another host. A result that starts with
 * `//` or `/\`, or that would resolve to another origin, is refused.
 */
export function sameSitePath(value: unknown): string | null {
  if (typeof value !== "string" || value.length > 1000 || !value.startsWith("/") || /[\\\s]/.test(value)) {
    return null;
  }
  try {
    const url = new URL(value, BASE);
    if (url.origin !== BASE) return null;
    const path = `${url.pathname}${url.search}`;
    if (path.startsWith("//") || path.startsWith("/\\")) return null;
    // Read back the way a browser would read the Location header.
    return new URL(path, BASE).origin === BASE ? path : null;
  } catch {
    return null;
  }
}
