import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { routing } from "@/lib/i18n/routing";
import { STATIC_PAGES } from "@/lib/static-pages";
import { signInAs } from "./support/staff";

// The Content-Security-Policy over real HTTP (lib/security-headers.ts, lib/nonce-csp.ts): pages
// rendered per request get a fresh nonce and 'strict-dynamic', prerendered pages stay prerendered
// with the static policy, API routes get the strict one, and in Chromium nothing is blocked.

const directive = (csp: string, name: string) =>
  csp
    .split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `)) ?? "";

/** Collects CSP violations and console errors from the first script on every page. */
async function watchForViolations(page: Page): Promise<() => Promise<string[]>> {
  const errors: string[] = [];
  page.on("console", (m) => {
    // An HTTP status is not a policy: the browser's own /favicon.ico request answers 404.
    if (m.type() === "error" && !m.text().startsWith("Failed to load resource: the server responded"))
      errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return async () => [
    ...errors,
    ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)),
  ];
}

/** A link followed by the client-side router keeps the window: proof that the page hydrated. */
async function followWithRouter(page: Page, name: string, url: RegExp) {
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page).toHaveURL(url);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
}

test("a staff page has a fresh nonce policy with 'strict-dynamic', its scripts carry the nonce, and it works", async ({
  page,
}) => {
  const violations = await watchForViolations(page);
  await signInAs(page, "lots");

  const first = await page.goto("/staff/cases");
  const csp = first!.headers()["content-security-policy"]!;
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(directive(csp, "script-src"))?.[1];
  expect(nonce).toBeTruthy();
  expect(directive(csp, "script-src")).toContain("'strict-dynamic'");
  expect(directive(csp, "script-src")).not.toContain("'unsafe-inline'");
  expect(directive(csp, "style-src")).not.toContain("'unsafe-inline'");
  expect(csp).not.toContain(", "); // one policy, not the static one beside it

  // Every script in the HTML carries this response's nonce (the browser hides it from the DOM).
  const html = await first!.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);

  const second = await page.goto("/staff/cases");
  expect(second!.headers()["content-security-policy"]).not.toContain(nonce);

  await followWithRouter(page, "In English", /\/en\/staff\/cases$/);
  await expect(page.getByRole("button", { name: "Sign out" }).first()).toBeVisible();
  // The dashboard's bars are sized by style attributes; the case page has the most parts.
  await page.goto("/staff/dashboard");
  await page.goto("/staff/cases");
  await page.locator('a[href^="/staff/cases/"]').first().click();
  await expect(page).toHaveURL(/\/staff\/cases\/[0-9a-f-]{36}$/);
  expect(await violations()).toEqual([]);
});

test("a print page's inline style has the nonce and is applied", async ({ page }) => {
  const violations = await watchForViolations(page);
  await signInAs(page, "lots");
  await page.goto("/staff/partnerships");
  const href = await page
    .locator('a[href^="/staff/partnerships/"]')
    .evaluateAll((links) =>
      links.map((a) => a.getAttribute("href")!).find((h) => /\/staff\/partnerships\/[0-9a-f-]{36}$/.test(h)),
    );
  expect(href).toBeTruthy();
  await page.goto(`${href}/agreement`);
  const printRules = await page.evaluate(() =>
    [...document.querySelectorAll("style")].map((s) => s.sheet?.cssRules.length ?? -1),
  );
  expect(printRules.some((n) => n > 0)).toBe(true);
  expect(await violations()).toEqual([]);
});

test("the form pages and the 404 page are rendered per request with a nonce, API routes get the strict policy", async ({
  request,
}) => {
  for (const path of ["/ny-statuslank", "/en/new-status-link", "/samarbeten?q=Yalla", "/finns-inte"]) {
    const csp = (await request.get(path)).headers()["content-security-policy"]!;
    expect(directive(csp, "script-src"), path).toMatch(/^script-src 'nonce-[^']+' 'strict-dynamic'/);
  }
  const api = (await request.get("/api/health")).headers()["content-security-policy"];
  expect(api).toMatch(/^default-src 'none'/);
});

test("the register's views without free text and each partnership's page come from the page cache, under the static policy", async ({
  request,
}) => {
  const list = await (await request.get("/samarbeten")).text();
  const partnership = /href="(\/samarbeten\/[0-9a-f-]{36})"/.exec(list)![1]!;
  for (const path of [
    "/samarbeten?page=2",
    "/en/partnerships?theme=INTEGRATION&status=ACTIVE",
    partnership,
    partnership.replace("/samarbeten/", "/en/partnerships/"),
  ]) {
    await request.get(path);
    const again = await request.get(path);
    expect(again.headers()["x-nextjs-cache"], path).toBe("HIT");
    expect(again.headers()["etag"], path).toBeTruthy();
    expect(again.headers()["content-security-policy"], path).not.toContain("'nonce-");
  }
});

test("prerendered pages stay prerendered, with a policy under which they work", async ({ page, request }) => {
  // The build's own list of prerendered pages is exactly lib/static-pages.ts' list in every language.
  const manifest = JSON.parse(readFileSync(".next/prerender-manifest.json", "utf8")) as {
    routes: Record<string, unknown>;
  };
  const prerendered = Object.keys(manifest.routes).filter((r) => /^\/(sv|en)(\/|$)/.test(r));
  const expected = routing.locales.flatMap((l) =>
    STATIC_PAGES.map((p) => (p === "/" ? `/${l}` : `/${l}${p}`)),
  );
  expect(prerendered.sort()).toEqual(expected.sort());

  for (const path of ["/", "/en/privacy", "/tillganglighet", "/fraga", "/en/question"]) {
    const res = await request.get(path);
    expect(res.headers()["x-nextjs-prerender"], path).toBeTruthy();
    expect(res.headers()["content-security-policy"], path).not.toContain("'nonce-");
  }

  const violations = await watchForViolations(page);
  await page.goto("/");
  await followWithRouter(page, "In English", /\/en$/);
  expect(await violations()).toEqual([]);
});
