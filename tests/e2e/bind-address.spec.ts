import { type ChildProcess, spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { stateDir } from "../support/state-dir";

// A production server bound to one address (`next start -H 127.0.0.1`, as behind a reverse proxy on
// the same machine) must serve every page. Next.js builds the proxy's request URLs with "localhost"
// for a loopback address but resolves rewrites against the address it was given, so the language
// rewrite once came back as a 307 to the same page; next.config.ts turns that normalisation off.
// This starts a second server from the same build, on the port three above the main one.
const PORT = Number(process.env.E2E_PORT ?? 3100) + 3;
const BASE = `http://127.0.0.1:${PORT}`;
const DATA_DIR = stateDir("e2e-bound");

let server: ChildProcess | undefined;
let output = "";

test.beforeAll(async () => {
  test.setTimeout(180_000);
  rmSync(DATA_DIR, { recursive: true, force: true });
  server = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(PORT)],
    {
      env: {
        ...process.env,
        // An embedded database of its own, so its jobs never touch the main server's data.
        DATABASE_URL: "",
        LOTSEN_DATA_DIR: DATA_DIR,
        LOTSEN_SEED_DEMO: "never",
        PUBLIC_BASE_URL: BASE,
        LOG_LEVEL: "warn",
        NEXTAUTH_SECRET: "e2e-only-secret-0123456789abcdef0123456789abcdef",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  server.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  server.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  for (let i = 0; i < 150; i++) {
    const ok = await fetch(`${BASE}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`the server bound to 127.0.0.1 never became healthy:\n${output}`);
});

test.afterAll(() => {
  server?.kill("SIGTERM");
});

const PAGES = {
  sv: ["/", "/forfragan", "/fraga", "/samarbeten", "/integritet", "/tillganglighet", "/staff/login"],
  en: ["/en", "/en/request", "/en/question", "/en/partnerships", "/en/privacy", "/en/staff/login"],
};

for (const [locale, paths] of Object.entries(PAGES)) {
  test(`bound to 127.0.0.1, every ${locale} page answers 200 in its language`, async () => {
    for (const path of paths) {
      const res = await fetch(`${BASE}${path}`, { redirect: "manual" });
      expect(res.status, `${path} -> ${res.headers.get("location")}`).toBe(200);
      expect(await res.text(), path).toContain(`<html lang="${locale}"`);
    }
  });
}

test("bound to 127.0.0.1, language redirects stay on the same server and path", async () => {
  const cases = { "/sv/forfragan": "/forfragan", "/en/integritet": "/en/privacy" };
  for (const [from, to] of Object.entries(cases)) {
    const res = await fetch(`${BASE}${from}`, { redirect: "manual" });
    expect(res.status, from).toBe(307);
    expect(new URL(res.headers.get("location")!, BASE).href, from).toBe(`${BASE}${to}`);
  }
});
