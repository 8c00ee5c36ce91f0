import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { stateDir } from "./tests/support/state-dir";

// End-to-end tests run against the production build (`next build` first; `npm test` does it).
// Debian's Chromium is used when present, because Playwright cannot download its own browser here.
const SYSTEM_CHROMIUM = "/usr/bin/chromium";
const PORT = Number(process.env.E2E_PORT ?? 3100);
const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2525);
const databaseUrl = process.env.E2E_DATABASE_URL ?? process.env.DATABASE_URL ?? "";
// A real OpenID Connect provider (tests/support/oidc-provider.ts) that staff can sign in with.
const OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? 3101);
// Received mail and the embedded database; the specs read the mail folder from SMTP_SINK_DIR.
const MAIL_DIR = (process.env.SMTP_SINK_DIR ||= stateDir("e2e-mail"));
const DATA_DIR = stateDir("e2e");
const OIDC_CLIENT = { id: "lotsen-e2e", secret: "lotsen-e2e-secret-not-for-production" };

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 180_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // A trace records screenshots and DOM snapshots of every step: costly on two cores, and CI keeps
    // only the text output of a failed run, so CI runs without it.
    trace: process.env.CI ? "off" : "retain-on-failure",
    launchOptions: {
      executablePath: existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: [
    {
      // A real SMTP server on 127.0.0.1: every mail the portal sends lands in MAIL_DIR.
      command: `rm -rf ${MAIL_DIR} && node node_modules/tsx/dist/cli.mjs tests/support/smtp-sink.ts`,
      port: SMTP_PORT,
      timeout: 30_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
      env: { SMTP_SINK_PORT: String(SMTP_PORT), SMTP_SINK_DIR: MAIL_DIR },
    },
    {
      command: `node node_modules/tsx/dist/cli.mjs tests/support/oidc-provider.ts`,
      port: OIDC_PORT,
      timeout: 30_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "ignore",
      env: {
        OIDC_TEST_PORT: String(OIDC_PORT),
        OIDC_TEST_CLIENT_ID: OIDC_CLIENT.id,
        OIDC_TEST_CLIENT_SECRET: OIDC_CLIENT.secret,
        OIDC_TEST_REDIRECT_URI: `http://127.0.0.1:${PORT}/api/auth/callback/oidc`,
        OIDC_TEST_EMAIL: "lots@lotsen.example",
      },
    },
    {
      // A fresh embedded database per run unless a PostgreSQL URL is given.
      // Idle connections are kept as long as `npm start` keeps them (package.json, README "Port and
      // address"): with Node's 5 s default, a post sent just as the server closed its idle connection
      // was reset (ECONNRESET) on a loaded machine.
      command: `rm -rf ${DATA_DIR} && node node_modules/next/dist/bin/next start --keepAliveTimeout 65000 -p ${PORT}`,
      url: `http://127.0.0.1:${PORT}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
      env: {
        DATABASE_URL: databaseUrl,
        LOTSEN_DATA_DIR: DATA_DIR,
        // Demo mode: the demo accounts sign in without a second factor, so every spec can use them.
        LOTSEN_DEMO: "true",
        PUBLIC_BASE_URL: `http://127.0.0.1:${PORT}`,
        LOG_LEVEL: "warn",
        SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
        LOTSEN_MAILBOX: "lotsen@kommun.test",
        REGISTRATION_PREFIX: "KS",
        NEXTAUTH_SECRET: "e2e-only-secret-0123456789abcdef0123456789abcdef",
        OIDC_ISSUER: `http://127.0.0.1:${OIDC_PORT}`,
        OIDC_CLIENT_ID: OIDC_CLIENT.id,
        OIDC_CLIENT_SECRET: OIDC_CLIENT.secret,
        OIDC_NAME: "Testkommunens inloggning",
        OIDC_ROLE_CLAIM: "groups",
      },
    },
  ],
});
