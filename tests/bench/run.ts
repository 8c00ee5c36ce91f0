// `npm run bench`: builds and starts the production server, warms it up, and measures a few routes
// with autocannon (50 connections, 10 s each). A benchmark, not a test: it never fails on numbers.
// Prints one JSON object to stdout and writes it to bench/results.json.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import autocannon from "autocannon";

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const BASE = `http://127.0.0.1:${PORT}`;
const ROUTES = ["/api/health", "/", "/tillganglighet"];
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

function measure(url: string, duration: number) {
  return autocannon({ url, connections: 50, duration });
}

async function main() {
  log(`database: ${database}`);
  if (!process.env.BENCH_SKIP_BUILD) {
    log("building…");
    const build = spawnSync("node", ["node_modules/next/dist/bin/next", "build"], { stdio: ["ignore", "ignore", "inherit"] });
    if (build.status !== 0) throw new Error("next build failed");
  }
  rmSync(".data/bench", { recursive: true, force: true });
  const server = spawn("node", ["node_modules/next/dist/bin/next", "start", "-p", String(PORT)], {
    env: { ...process.env, DATABASE_URL: databaseUrl, LOTSEN_DATA_DIR: ".data/bench", LOG_LEVEL: "warn" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    await waitForHealth();
    const routes: Record<string, { requestsPerSec: number; p50Ms: number; p99Ms: number; non2xx: number }> = {};
    for (const route of ROUTES) {
      log(`warming up ${route}`);
      await measure(BASE + route, 2);
      log(`measuring ${route} for ${DURATION} s`);
      const r = await measure(BASE + route, DURATION);
      routes[route] = {
        requestsPerSec: Math.round(r.requests.average),
        p50Ms: r.latency.p50,
        p99Ms: r.latency.p99,
        non2xx: r.non2xx,
      };
    }
    const result = { database, connections: 50, durationSec: DURATION, at: new Date().toISOString(), routes };
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
