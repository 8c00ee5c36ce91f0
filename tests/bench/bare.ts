// The yardstick: a bare Next.js app (same next package as Lotsen, no i18n, no proxy, no database
// layer) with one static page and one route doing a single INSERT through `pg`. Lotsen's figures are
// printed as ratios to it, measured in the same run on the same machine, so the noise of a shared
// machine cancels out. Built once into .data/bench-bare and reused while the Next.js version is the same.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const DIR = resolve(".data/bench-bare");
const nextVersion = (JSON.parse(readFileSync("node_modules/next/package.json", "utf8")) as { version: string })
  .version;

const FILES: Record<string, string> = {
  // Turbopack's root is the repository, so `next`, `react` and `pg` resolve from its node_modules.
  "next.config.mjs": `export default { poweredByHeader: false, turbopack: { root: ${JSON.stringify(resolve("."))} } };\n`,
  "app/layout.jsx": `export default function Layout({ children }) {
  return <html lang="sv"><body>{children}</body></html>;
}\n`,
  "app/page.jsx": `export default function Page() {
  return <main><h1>Bare</h1><p>A static page, the yardstick for the bench.</p></main>;
}\n`,
  // The same kind of page at the size of Lotsen's prerendered pages (about 25 kB of HTML, half of it
  // the page data Next.js embeds): what size alone costs a static page.
  "app/large/page.jsx": `const lines = Array.from({ length: 70 }, (_, i) => i);
export default function Page() {
  return <main><h1>Bare, larger</h1>{lines.map((i) => <p key={i} className="mt-2 text-base leading-relaxed">Line {i} of a static page as large as the pages it is compared with.</p>)}</main>;
}\n`,
  // The same page rendered per request: what any dynamic page costs before it does anything.
  "app/dynamic/page.jsx": `export const dynamic = "force-dynamic";
export default function Page() {
  return <main><h1>Bare</h1><p>A dynamic page, rendered for each request.</p></main>;
}\n`,
  // Its own (empty) instrumentation hook: without one, the build picks up the repository's
  // instrumentation.ts (Turbopack's root is the repository), and the yardstick would run Lotsen's
  // migrations and background workers beside its pages.
  "instrumentation.js": "export function register() {}\n",
  // A route handler answering a conditional GET with 304: what any route handler costs, the ceiling
  // for Lotsen's open data answered from its ETag.
  "app/not-modified/route.js": `export const dynamic = "force-dynamic";
export function GET(request) {
  const etag = '"bare-1"';
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers: { etag } });
  return new Response("bare", { headers: { etag, "content-type": "text/plain" } });
}\n`,
  // One INSERT per request into a throwaway table; the table is made by the bench before it starts.
  "app/insert/route.js": `import pg from "pg";
export const dynamic = "force-dynamic";
const pool = process.env.DATABASE_URL ? new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 }) : null;
export async function POST(request) {
  if (!pool) return new Response("needs PostgreSQL", { status: 503 });
  const key = (await request.text()).slice(0, 100);
  await pool.query("INSERT INTO bench_bare_insert (key) VALUES ($1)", [key]);
  return new Response(null, { status: 303, headers: { location: "/" } });
}\n`,
};

/** The Next.js version and the files: a change to either builds the app again. */
const recipe = `${nextVersion} ${createHash("sha256").update(JSON.stringify(FILES)).digest("hex")}`;

export function buildBareApp(log: (msg: string) => void): void {
  const stamp = join(DIR, ".next", "BENCH_RECIPE");
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === recipe) return;
  log(`building the bare Next.js ${nextVersion} app (once, into .data/bench-bare)…`);
  rmSync(DIR, { recursive: true, force: true });
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(join(DIR, file, ".."), { recursive: true });
    writeFileSync(join(DIR, file), text);
  }
  const build = spawnSync("node", ["node_modules/next/dist/bin/next", "build", DIR], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) throw new Error("building the bare app failed");
  writeFileSync(stamp, recipe);
}

export function startBareApp(port: number, databaseUrl: string): ChildProcess {
  return spawn("node", ["node_modules/next/dist/bin/next", "start", DIR, "-p", String(port)], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
}

/** The throwaway table of the insert route, emptied for each run. */
export async function prepareInsertTable(databaseUrl: string): Promise<void> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(
    "CREATE TABLE IF NOT EXISTS bench_bare_insert (id bigserial PRIMARY KEY, key text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())",
  );
  await client.query("TRUNCATE bench_bare_insert");
  await client.end();
}

export { nextVersion };
