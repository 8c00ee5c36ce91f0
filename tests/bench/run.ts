// `npm run bench`: builds the production server, seeds bench data (tests/bench/seed.ts: the demo data,
// 100,000 requests and 5,000 published partnerships), starts the server, warms it up and measures
// public pages, the register and its JSON export, and the staff inbox (signed in as a lots: the first
// page, a filtered page and a free-text search) with autocannon, 10 s each (connections per route below).
// A benchmark, not a test: it never fails on numbers. Prints one JSON object to stdout and writes it
// to bench/results.json.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import autocannon from "autocannon";

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const BASE = `http://127.0.0.1:${PORT}`;
// Public routes under 50 connections (many visitors); the staff inbox as one coordinator sees it
// (1 connection: the latency of each page) and as a busy office (10 connections).
type Route = { path: string; staff?: boolean; connections: number };
const INBOX = [
  "/staff/cases",
  "/staff/cases?status=ENDED&kind=COLLABORATION&theme=INTEGRATION&sort=oldest",
  `/staff/cases?status=ENDED&q=${encodeURIComponent("läxhjälp två kvällar")}`,
];
const ROUTES: Route[] = [
  { path: "/api/health", connections: 50 },
  { path: "/", connections: 50 },
  { path: "/tillganglighet", connections: 50 },
  { path: "/samarbeten", connections: 50 },
  { path: "/samarbeten?theme=INTEGRATION&status=ACTIVE", connections: 50 },
  { path: "/api/open-data/partnerships.json", connections: 50 },
  ...INBOX.flatMap((path) => [1, 10].map((connections) => ({ path, staff: true, connections }))),
];
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const databaseUrl = process.env.DATABASE_URL ?? "";
const database = databaseUrl ? "postgresql (DATABASE_URL)" : "embedded (PGlite, .data/bench)";

const log = (msg: string) => process.stderr.write(`[bench] ${msg}\n`);

async function waitForHealth(timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the server did not become healthy in time");
}

function measure(url: string, duration: number, connections: number, cookie?: string) {
  return autocannon({ url, connections, duration, headers: cookie ? { cookie } : {} });
}

/** A lots coordinator's session cookie, through the same sign-in form staff use. */
async function signIn(): Promise<string> {
  const res = await fetch(`${BASE}/api/staff/login`, {
    method: "POST",
    redirect: "manual",
    headers: { origin: BASE, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email: "lots@lotsen.example", password: "demo-lots-2026" }),
  });
  const cookies = res.headers.getSetCookie().map((c) => c.split(";")[0]);
  if (res.status !== 303 || !cookies.length) throw new Error(`sign-in failed (${res.status})`);
  return cookies.join("; ");
}

async function main() {
  log(`database: ${database}`);
  if (!process.env.BENCH_SKIP_BUILD) {
    log("building…");
    const build = spawnSync("node", ["node_modules/next/dist/bin/next", "build"], { stdio: ["ignore", "ignore", "inherit"] });
    if (build.status !== 0) throw new Error("next build failed");
  }
  if (!databaseUrl) rmSync(".data/bench", { recursive: true, force: true });
  const dbEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    LOTSEN_DATA_DIR: ".data/bench",
    LOG_LEVEL: "warn",
    // Demo mode: the bench signs in with a demo account, which works only there.
    LOTSEN_DEMO: "true",
    // Staff sessions on PostgreSQL need a shared secret; a bench run makes up its own.
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? randomBytes(32).toString("hex"),
  };
  log("seeding bench data (100,000 requests, 5,000 partnerships)…");
  const seeded = spawnSync(
    "node",
    ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "tests/bench/seed.ts"],
    { stdio: ["ignore", "ignore", "inherit"], env: dbEnv },
  );
  if (seeded.status !== 0) throw new Error("seeding failed");
  const server = spawn("node", ["node_modules/next/dist/bin/next", "start", "-p", String(PORT)], {
    env: dbEnv,
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    await waitForHealth();
    const cookie = await signIn();
    const routes: Record<
      string,
      { requestsPerSec: number; p50Ms: number; p99Ms: number; non2xx: number; errors: number; timeouts: number }
    > = {};
    for (const { path, staff, connections } of ROUTES) {
      const session = staff ? cookie : undefined;
      log(`warming up ${path} (${connections} connections)`);
      await measure(BASE + path, 2, connections, session);
      log(`measuring ${path} for ${DURATION} s`);
      const r = await measure(BASE + path, DURATION, connections, session);
      routes[`${path} @${connections}`] = {
        requestsPerSec: Math.round(r.requests.average),
        p50Ms: r.latency.p50,
        p99Ms: r.latency.p99,
        non2xx: r.non2xx,
        errors: r.errors,
        timeouts: r.timeouts,
      };
    }
    const result = { database, durationSec: DURATION, at: new Date().toISOString(), routes };
    const json = JSON.stringify(result, null, 2);
    mkdirSync("bench", { recursive: true });
    writeFileSync("bench/results.json", `${json}\n`);
    process.stdout.write(`${json}\n`);
  } finally {
    server.kill("SIGTERM");
  }
}

main().catch((error: unknown) => {
  log(`failed: ${(error as Error).message}`);
  process.exit(1);
});
