import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import http from "node:http";
import { expect, test } from "@playwright/test";
import { stateDir } from "../support/state-dir";

// Security behaviour that lives in HTTP itself, checked over real sockets against the production
// build: chunked bodies, X-Forwarded-For and the client address, cookie attributes, return paths.

const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE = `http://127.0.0.1:${PORT}`;
// Second servers on the same build: one that trusts no proxy (TRUSTED_PROXY_HOPS=0) on PORT + 3, and
// one that must refuse to start on PORT + 4.
const DIRECT_PORT = PORT + 3;
const LOTS = { email: "lots@lotsen.example", password: "demo-lots-2026" };
const ADMIN = { email: "admin@lotsen.example", password: "demo-admin-2026" };

const octet = () => Math.floor(Math.random() * 254) + 1;
const ownIpv4 = () => `198.18.${octet()}.${octet()}`;
const hex = () => randomUUID().slice(0, 4);

function post(
  base: string,
  path: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
) {
  return fetch(`${base}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: { origin: base, "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams({ locale: "sv", ...fields }).toString(),
  });
}

const failedSignIn = (base: string, forwardedFor: string) =>
  post(
    base,
    "/api/staff/login",
    { email: `nobody-${randomUUID().slice(0, 8)}@lotsen.example`, password: "fel" },
    { "x-forwarded-for": forwardedFor },
  );

async function signIn(user: { email: string; password: string }, callbackUrl = "") {
  const response = await post(
    BASE,
    "/api/staff/login",
    { ...user, callbackUrl },
    { "x-forwarded-for": ownIpv4() },
  );
  const cookie = response.headers.getSetCookie().find((c) => c.includes("next-auth.session-token="));
  return { response, cookie: cookie ?? "", pair: (cookie ?? "").split(";")[0] ?? "" };
}

/**
 * Posts a chunked body (no Content-Length) of `totalBytes`, chunk by chunk, and stops sending once
 * the server answers. Resolves with the status, how much was sent by then, and whether the body was
 * finished; `finish: false` never ends the body, so only a server that answers unread can respond.
 */
function chunkedPost(path: string, totalBytes: number, options: { finish: boolean; cookie?: string }) {
  return new Promise<{ status: number; sentBytes: number; ended: boolean }>((resolve, reject) => {
    let sentBytes = 0;
    let answered = false;
    let ended = false;
    const request = http.request(`${BASE}${path}`, {
      method: "POST",
      headers: {
        origin: BASE,
        "content-type": "application/x-www-form-urlencoded",
        "transfer-encoding": "chunked",
        "x-forwarded-for": ownIpv4(),
        ...(options.cookie ? { cookie: options.cookie } : {}),
      },
    });
    request.on("response", (response) => {
      answered = true;
      resolve({ status: response.statusCode ?? 0, sentBytes, ended });
      response.resume();
      request.destroy();
    });
    request.on("error", (error) => {
      if (!answered) reject(error);
    });
    const chunk = Buffer.from(`x=${"a".repeat(64 * 1024 - 2)}`);
    const write = () => {
      while (!answered && sentBytes < totalBytes) {
        sentBytes += chunk.length;
        if (!request.write(chunk)) return void request.once("drain", write);
      }
      if (!answered && options.finish) {
        ended = true;
        request.end();
      }
    };
    write();
  });
}

test.describe("body size", () => {
  test("a chunked post over the limit is refused with 413 once the limit is passed", async () => {
    const result = await chunkedPost("/api/question", 40 * 1024 * 1024, { finish: true });
    expect(result.status).toBe(413);
    // Answered long before the 40 MB were sent: the server stopped reading at 12 MB.
    expect(result.ended).toBe(false);
  });

  test("a staff form post is refused unread without the permission, and read only up to 1 MB without a session", async () => {
    // The bodies are never finished, so only a server that stops reading can answer at all.
    const admin = await signIn(ADMIN);
    const unread = await chunkedPost("/api/staff/cases/assign", 1024 * 1024, {
      finish: false,
      cookie: admin.pair,
    });
    expect(unread.status).toBe(403);
    const anonymous = await chunkedPost("/api/staff/cases/assign", 2 * 1024 * 1024, { finish: false });
    expect(anonymous.status).toBe(413);
    expect(anonymous.ended).toBe(false);
  });
});

test.describe("cookies", () => {
  test("the draft cookie is __Host-, Secure, HttpOnly, Path=/ and has no Domain", async () => {
    const response = await post(BASE, "/api/intake/start", {}, { "x-forwarded-for": ownIpv4() });
    expect(response.status).toBe(303);
    const cookie = response.headers.getSetCookie().find((c) => c.includes("lotsen_draft="));
    expect(cookie).toMatch(/^__Host-lotsen_draft=/);
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; Path=\//i);
    expect(cookie).not.toMatch(/Domain=/i);
  });

  test("the staff session cookie is __Host- and Secure, and the browser keeps it on 127.0.0.1", async ({
    page,
  }) => {
    const { cookie, pair } = await signIn(LOTS);
    expect(cookie).toMatch(/^__Host-next-auth\.session-token=/);
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; Path=\//i);
    expect(cookie).not.toMatch(/Domain=/i);
    // The inbox search cookie and the flash cookie are Secure too.
    const search = await post(BASE, "/api/staff/cases/search", { q: "Samtal" }, { cookie: pair });
    expect(search.status).toBe(303);
    expect(search.headers.getSetCookie().find((c) => c.startsWith("lotsen_inbox_search="))).toMatch(
      /; Secure/i,
    );

    await page.goto("/staff/login");
    await page.getByLabel("E-postadress").fill(LOTS.email);
    await page.getByLabel("Lösenord").fill(LOTS.password);
    await page.getByRole("button", { name: "Logga in" }).click();
    await expect(page).toHaveURL(/\/staff\/cases$/);
    const session = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
    expect(session).toMatchObject({
      name: "__Host-next-auth.session-token",
      secure: true,
      httpOnly: true,
      path: "/",
    });
  });
});

test("production refuses to start on a plain http:// address other than this machine", async () => {
  test.setTimeout(120_000);
  const server = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "-p", String(PORT + 4)],
    {
      stdio: ["ignore", "ignore", "pipe"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        PUBLIC_BASE_URL: "http://lotsen.kommun.example",
        LOTSEN_DATA_DIR: "memory://",
      },
    },
  );
  let stderr = "";
  server.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => server.on("exit", resolve));
  expect(code).toBe(1);
  expect(stderr).toContain("PUBLIC_BASE_URL: must be an https:// address in production");
});

test.describe("return path after sign-in", () => {
  for (const callbackUrl of ["/.//evil.example", "/%2e//evil.example/staff", "/a/..//evil.example"]) {
    test(`${callbackUrl} leads to the staff start page`, async () => {
      const { response } = await signIn(LOTS, callbackUrl);
      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toBe("/staff");
    });
  }
});

test("the case page's title is not read for someone the page refuses", async () => {
  const lots = await signIn(LOTS);
  const inbox = await (await fetch(`${BASE}/staff/cases`, { headers: { cookie: lots.pair } })).text();
  const id = /\/staff\/cases\/([0-9a-f-]{36})/.exec(inbox)?.[1];
  expect(id).toBeTruthy();
  const casePage = await (
    await fetch(`${BASE}/staff/cases/${id}`, { headers: { cookie: lots.pair } })
  ).text();
  const title = /<title>([^<]+)<\/title>/.exec(casePage)?.[1] ?? "";
  const number = /KS \d{4}\/\d{4}/.exec(title)?.[0];
  expect(number).toBeTruthy();

  const admin = await signIn(ADMIN);
  const refused = await fetch(`${BASE}/staff/cases/${id}`, { headers: { cookie: admin.pair } });
  expect([403, 404]).toContain(refused.status);
  expect(await refused.text()).not.toContain(number);
  const anonymous = await fetch(`${BASE}/staff/cases/${id}`, { redirect: "manual" });
  expect(anonymous.status).toBe(307);
  expect(await anonymous.text()).not.toContain(number);
});

test.describe("client address", () => {
  test("behind one proxy, IPv6 clients in one /64 share the sign-in limit", async () => {
    const network = `2001:db8:${hex()}:${hex()}`;
    for (let i = 1; i <= 20; i++) {
      const response = await failedSignIn(BASE, `${network}::${i.toString(16)}`);
      expect(response.headers.get("location")).toContain("error=credentials");
    }
    const refused = await failedSignIn(BASE, `${network}::abcd`);
    expect(refused.headers.get("location")).toContain("error=rate-limited");
  });

  test("every way to start a draft counts against the same limit", async () => {
    const address = { "x-forwarded-for": ownIpv4() };
    for (let i = 0; i < 60; i++)
      expect((await post(BASE, "/api/intake/start", {}, address)).status).toBe(303);
    const section = await post(
      BASE,
      "/api/intake/section/organisation",
      { name: "Föreningen Gräns" },
      address,
    );
    expect(section.status).toBe(429);
    expect(await section.text()).toContain("Föreningen Gräns");
    const question = await post(BASE, "/api/question", { question: "Hur söker vi?" }, address);
    expect(question.status).toBe(429);
  });

  test.describe("with no proxy in front (TRUSTED_PROXY_HOPS=0)", () => {
    let server: ChildProcess | undefined;
    const base = `http://127.0.0.1:${DIRECT_PORT}`;
    const dataDir = stateDir("e2e-direct");

    test.beforeAll(async () => {
      test.setTimeout(180_000);
      rmSync(dataDir, { recursive: true, force: true });
      server = spawn(
        process.execPath,
        ["node_modules/next/dist/bin/next", "start", "-p", String(DIRECT_PORT)],
        {
          stdio: "ignore",
          env: {
            ...process.env,
            NODE_ENV: "production",
            TRUSTED_PROXY_HOPS: "0",
            DATABASE_URL: process.env.E2E_DATABASE_URL ?? process.env.DATABASE_URL ?? "",
            LOTSEN_DATA_DIR: dataDir,
            PUBLIC_BASE_URL: base,
            LOG_LEVEL: "warn",
            NEXTAUTH_SECRET: `e2e-direct-${randomUUID()}`,
            SMTP_URL: "",
            OIDC_ISSUER: "",
          },
        },
      );
      for (let i = 0; i < 170; i++) {
        const ok = await fetch(`${base}/api/health`)
          .then((r) => r.ok)
          .catch(() => false);
        if (ok) return;
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
      throw new Error("the second server did not start");
    });

    test.afterAll(() => {
      server?.kill();
    });

    test("a client's own X-Forwarded-For does not give it a fresh address", async () => {
      for (let i = 0; i < 20; i++) {
        const response = await failedSignIn(base, ownIpv4());
        expect(response.headers.get("location")).toContain("error=credentials");
      }
      const refused = await failedSignIn(base, ownIpv4());
      expect(refused.headers.get("location")).toContain("error=rate-limited");
    });
  });
});
