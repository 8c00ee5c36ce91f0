import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

// The application's files, read by the specs that must cover every page or route the code has
// (tests/e2e/authorization-matrix.spec.ts, tests/e2e/audit-coverage.spec.ts).

export const ROOT = path.resolve(import.meta.dirname, "../../..");

/** Every file below `dir`, at any depth. */
export function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** "METHOD /url" for each of `methods` that a route handler below `dir` (from the root) exports. */
export function routeHandlers(dir: string, methods: string[]): string[] {
  return walk(path.join(ROOT, dir))
    .filter((f) => f.endsWith("/route.ts"))
    .flatMap((f) => {
      const url = `/${path.dirname(path.relative(path.join(ROOT, "app"), f)).replaceAll(path.sep, "/")}`;
      const source = readFileSync(f, "utf8");
      return methods
        .filter((m) => new RegExp(`export (const|async function|function) ${m}\\b`).test(source))
        .map((m) => `${m} ${url}`);
    });
}
