// `npm run bench`: Lotsen measured against a bare Next.js app in the same run (tests/bench/bare.ts),
// every figure printed beside its ratio to the bare app. Two phases on one database: the demo data,
// 100,000 requests and 5,000 published partnerships (tests/bench/seed.ts), then 50,000 partnerships
// for the register and open data again. Each route gets BENCH_WARMUP seconds of warm-up (default 5) and BENCH_DURATION seconds
// (default 10) of autocannon; the full open-data export runs 20 downloads over 10 connections instead. A benchmark, not a test: it never fails on numbers. Prints a table to
// stdout and writes everything to bench/results.json.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { buildBareApp, nextVersion, prepareInsertTable, startBareApp } from "./bare";
import { pageJsKb, run, treeRssMb, type Figure, type Load } from "./measure";
import { printTable, type Row } from "./report";

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const BASE = `http://127.0.0.1:${PORT}`;
const BARE = `http://127.0.0.1:${PORT + 1}`;
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
// Each route's warm-up before it is measured, for the bare app as for Lotsen. Five seconds: on a
// freshly started server a cached register page ran at 150 pages/s in its first second and at
// 350/s from the tenth on (the JavaScript engine compiling the path), and its first render, of
// 50,000 rows' counts, ran into a two-second warm-up's measurement.
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5);
const databaseUrl = process.env.DATABASE_URL ?? "";
const database = databaseUrl ? "postgresql" : "embedded (PGlite)";
const log = (msg: string) => process.stderr.write(`[bench] ${msg}\n`);

const STATIC_PAGES = ["/", "/tillganglighet", "/integritet", "/en", "/en/accessibility", "/en/privacy"];
const REGISTER = [
  "/samarbeten",
  // A sixth of the seeded partnerships (tests/bench/seed.ts: theme by i % 6, ended when i % 3 = 0),
  // so the page is full. An earlier choice (INTEGRATION, ACTIVE) matched none and measured an empty page.
  "/samarbeten?theme=LABOUR_MARKET&status=ACTIVE",
  `/samarbeten?q=${encodeURIComponent("Benchpartnerskap 4711")}`,
];
const INBOX = [
  "/staff/cases",
  "/staff/cases?status=ENDED&kind=COLLABORATION&theme=INTEGRATION&sort=oldest",
  `/staff/cases?status=ENDED&q=${encodeURIComponent("läxhjälp två kvällar")}`,
];
const OPEN_DATA = "/api/open-data/partnerships.json";

async function waitFor(url: string, timeoutMs = 180_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer in time`);
}

/**
 * Stops a server (its process group: next start and anything it forked) and waits until it is gone:
 * what comes next opens the same data folder, which the embedded database allows one process at a
 * time. A server still busy 10 s after SIGTERM is killed; one once kept a core busy for 20 minutes.
 */
async function stop(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      child.kill(name);
    }
  };
  signal("SIGTERM");
  const kill = setTimeout(() => signal("SIGKILL"), 10_000);
  await exited;
  clearTimeout(kill);
}

const dbEnv = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  LOTSEN_DATA_DIR: ".data/bench",
  LOG_LEVEL: "warn",
  // Demo mode: the bench signs in with a demo account, which works only there.
  LOTSEN_DEMO: "true",
  // The bench stands in for a proxy that sets X-Forwarded-For: one client address per send.
  TRUSTED_PROXY_HOPS: "1",
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? randomBytes(32).toString("hex"),
};

function seed(partnerships: number) {
  log(`seeding (100,000 requests, ${partnerships.toLocaleString("en")} partnerships, set-based SQL)…`);
  const seeded = spawnSync(
    "node",
    // Like the commands in lib/server/cli: server code outside Next.js, with `server-only` made empty
    // (the react-server condition would break next-intl, which the demo seed reaches).
    ["--import", "tsx", "--import", "./lib/server/cli/node-hooks.mjs", "tests/bench/seed.ts"],
    { stdio: ["ignore", "ignore", "inherit"], env: { ...dbEnv, BENCH_PARTNERSHIPS: String(partnerships) } },
  );
  if (seeded.status !== 0) throw new Error("seeding failed");
}

async function startLotsen(): Promise<ChildProcess> {
  const server = spawn("node", ["node_modules/next/dist/bin/next", "start", "-p", String(PORT)], {
    env: dbEnv,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  await waitFor(`${BASE}/api/health`);
  return server;
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

/** A browser with a draft of the request form (its cookie), started as a visitor starts one. */
async function draftCookie(): Promise<string> {
  const res = await fetch(`${BASE}/api/intake/start`, {
    method: "POST",
    redirect: "manual",
    headers: { origin: BASE, "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": "10.250.0.1" },
    body: new URLSearchParams({ locale: "sv" }),
  });
  const cookies = res.headers.getSetCookie().map((c) => c.split(";")[0]);
  if (!cookies.length) throw new Error(`starting a draft failed (${res.status})`);
  return cookies.join("; ");
}

const ip = (n: number) => `10.${100 + ((n >> 16) & 127)}.${(n >> 8) & 255}.${n & 255}`;
const sendLoad = (): Load => {
  const run = randomUUID().slice(0, 8);
  return {
    url: `${BASE}/api/question`,
    connections: 50,
    duration: DURATION,
    method: "POST",
    headers: { origin: BASE, "content-type": "application/x-www-form-urlencoded" },
    each: (n) => ({
      headers: { "x-forwarded-for": ip(n) },
      body: new URLSearchParams({
        locale: "sv",
        idempotencyKey: randomUUID(),
        name: "Bänk Testare",
        email: `bench-${run}-${n}@bench.example`,
        question: `Kan vi låna en lokal för en kvällsaktivitet? (${run}-${n})`,
      }).toString(),
    }),
  };
};

async function measure(label: string, load: Load): Promise<Figure> {
  log(`${label} (${load.connections} connections)`);
  await run({ ...load, duration: WARMUP });
  return run(load);
}

async function phaseOne(rows: Row[], bareStatic: Figure, bareInsert: Figure | null) {
  const server = await startLotsen();
  try {
    const staff = await signIn();
    const draft = await draftCookie();
    const page = (path: string, connections = 50, cookie?: string): Load => ({
      url: BASE + path,
      connections,
      duration: DURATION,
      headers: cookie ? { cookie } : {},
    });
    for (const path of STATIC_PAGES) rows.push({ route: path, ...(await measure(path, page(path))), vs: "static", baseline: bareStatic });
    for (const path of ["/forfragan", "/fraga"]) rows.push({ route: path, ...(await measure(path, page(path))), vs: "static", baseline: bareStatic });
    const section = "/forfragan/avsnitt/idea";
    rows.push({ route: `${section} (with a draft)`, ...(await measure(section, page(section, 50, draft))), vs: "static", baseline: bareStatic });
    log("question sends");
    rows.push({ route: "POST /api/question (unique keys)", ...(await run(sendLoad())), vs: "insert", baseline: bareInsert });
    await registerAndOpenData(rows, bareStatic, server, "5,000");
    for (const path of INBOX)
      for (const connections of [1, 10])
        rows.push({ route: `${path} (100,000 requests)`, ...(await measure(path, page(path, connections, staff))), vs: "none", baseline: null });
    const js: Record<string, number> = { bare: await pageJsKb(BARE, "/") };
    for (const path of [...STATIC_PAGES, "/forfragan", "/fraga", "/samarbeten"]) js[path] = await pageJsKb(BASE, path);
    js[`${section} (with a draft)`] = await pageJsKb(BASE, section, draft);
    return js;
  } finally {
    await stop(server);
  }
}

async function registerAndOpenData(rows: Row[], bareStatic: Figure, server: ChildProcess, size: string) {
  const page = (path: string, connections = 50, headers: Record<string, string> = {}): Load => ({
    url: BASE + path,
    connections,
    duration: DURATION,
    headers,
  });
  for (const path of REGISTER)
    rows.push({ route: `${path} (${size})`, ...(await measure(path, page(path))), vs: "static", baseline: bareStatic });
  // Memory while 10 clients download the whole register: before, and the highest while it runs.
  const before = treeRssMb(server.pid!);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRssMb(server.pid!))), 200);
  log(`${OPEN_DATA} (10 connections, RSS ${before} MB before)`);
  const full = await run({ ...page(OPEN_DATA, 10), amount: 20, timeoutSec: 300 });
  clearInterval(sampler);
  rows.push({ route: `${OPEN_DATA} (${size}), RSS +${peak - before} MB`, ...full, vs: "static", baseline: bareStatic });
  const etag = (await fetch(BASE + OPEN_DATA)).headers.get("etag");
  const conditional = await measure(`${OPEN_DATA} If-None-Match`, page(OPEN_DATA, 50, { "if-none-match": etag ?? '"none"' }));
  rows.push({ route: `${OPEN_DATA} If-None-Match (${size})${etag ? "" : " [no ETag]"}`, ...conditional, vs: "static", baseline: bareStatic });
  return { rssBeforeMb: before, rssPeakMb: peak };
}

async function main() {
  log(`database: ${database}; bare Next.js ${nextVersion}`);
  if (!process.env.BENCH_SKIP_BUILD) {
    log("building Lotsen…");
    const build = spawnSync("node", ["node_modules/next/dist/bin/next", "build"], { stdio: ["ignore", "ignore", "inherit"] });
    if (build.status !== 0) throw new Error("next build failed");
  }
  buildBareApp(log);
  if (databaseUrl) await prepareInsertTable(databaseUrl);
  else rmSync(".data/bench", { recursive: true, force: true });
  const bare = startBareApp(PORT + 1, databaseUrl);
  const rows: Row[] = [];
  const phases: Record<string, unknown> = {};
  try {
    await waitFor(`${BARE}/`);
    const bareLoad = (): Load => ({ url: `${BARE}/`, connections: 50, duration: DURATION });
    const insertLoad: Load = {
      url: `${BARE}/insert`,
      connections: 50,
      duration: DURATION,
      method: "POST",
      each: (n) => ({ body: `${randomUUID()}-${n}` }),
    };
    seed(5_000);
    const bareStatic = await measure("bare static page", bareLoad());
    const bareInsert = databaseUrl ? await measure("bare insert route", insertLoad) : null;
    rows.push({ route: "bare: static page", ...bareStatic, vs: "static", baseline: bareStatic });
    // The ceiling for Lotsen's dynamic pages: Next.js rendering a page per request and nothing else.
    const bareDynamic = await measure("bare dynamic page", { ...bareLoad(), url: `${BARE}/dynamic` });
    rows.push({ route: "bare: dynamic page", ...bareDynamic, vs: "static", baseline: bareStatic });
    // Two more yardsticks: a static page as large as Lotsen's (what size alone costs), and a route
    // handler answering 304 (the ceiling for open data's conditional GET).
    const bareLarge = await measure("bare static page, 25 kB", { ...bareLoad(), url: `${BARE}/large` });
    rows.push({ route: "bare: static page, as large as Lotsen's", ...bareLarge, vs: "static", baseline: bareStatic });
    const bareNotModified = await measure("bare route answering 304", {
      ...bareLoad(),
      url: `${BARE}/not-modified`,
      headers: { "if-none-match": '"bare-1"' },
    });
    rows.push({ route: "bare: route handler answering 304", ...bareNotModified, vs: "static", baseline: bareStatic });
    if (bareInsert) rows.push({ route: "bare: INSERT route (pg)", ...bareInsert, vs: "insert", baseline: bareInsert });
    phases.javascriptGzipKb = await phaseOne(rows, bareStatic, bareInsert);

    seed(50_000);
    const bareStatic2 = await measure("bare static page (again)", bareLoad());
    rows.push({ route: "bare: static page (again)", ...bareStatic2, vs: "static", baseline: bareStatic2 });
    const server = await startLotsen();
    try {
      phases.memory50k = await registerAndOpenData(rows, bareStatic2, server, "50,000");
    } finally {
      await stop(server);
    }
  } finally {
    await stop(bare);
  }
  const result = {
    database,
    insertBaseline: databaseUrl ? "bare route, one INSERT through pg" : "none: the bare insert route needs PostgreSQL",
    machine: { cpus: cpus().length, model: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), loadAverage: loadavg() },
    nextVersion,
    durationSec: DURATION,
    at: new Date().toISOString(),
    ...phases,
    routes: rows.map(({ baseline, vs, ...figure }) => ({
      ...figure,
      ratio: baseline && vs !== "none" ? Math.round((figure.requestsPerSec / baseline.requestsPerSec) * 100) / 100 : null,
      ratioTo: vs === "none" ? null : vs === "insert" ? "bare insert" : "bare static",
    })),
  };
  mkdirSync("bench", { recursive: true });
  writeFileSync("bench/results.json", `${JSON.stringify(result, null, 2)}\n`);
  printTable(result);
}

main().catch((error: unknown) => {
  log(`failed: ${(error as Error).message}`);
  process.exit(1);
});
