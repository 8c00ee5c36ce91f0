import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import type { Role } from "@/lib/domain/workflow";
import { COVERED, EXEMPT, type Actor, type Steps } from "./support/audit-routes";
import { routeHandlers } from "./support/source-tree";
import { ACCOUNTS } from "./support/staff";

// Every route handler that changes something writes to the audit trail (audit_event): each
// mutating route, collected from the file tree, is posted once with valid input as someone allowed
// to, with its own X-Request-Id, and the trail must then hold a row carrying that id. A route that
// by design writes none is listed in EXEMPT with the reason; a new route in neither list fails here.
//
// The trail is read through its CSV export (request_id column): on the embedded database the
// server holds the only connection, so the test cannot query the table itself.

function mutatingRoutes(): string[] {
  return routeHandlers("app", ["POST", "PUT", "PATCH", "DELETE"]).sort();
}

test("every mutating route is covered or exempt, not both", () => {
  const listed = [...Object.keys(COVERED), ...Object.keys(EXEMPT)];
  expect(Object.keys(COVERED).filter((k) => k in EXEMPT)).toEqual([]);
  expect(listed.sort()).toEqual(mutatingRoutes());
});

test("a successful post to every covered route writes an audit row in its request", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(600_000);
  const base = baseURL!;
  const fx: Record<string, string> = {};
  const pages = new Map<Actor, Page>();
  const requestIds = new Map<string, string[]>();
  let route = "";

  async function signedIn(b: Browser, who: Actor): Promise<Page> {
    const page = await (await b.newContext({ baseURL: base })).newPage();
    const [email, password] = who.startsWith("NEW_STAFF")
      ? [fx.staffEmail!, fx.staffPassword!]
      : who in ACCOUNTS
        ? ACCOUNTS[who as Role]
        : ["", ""];
    if (email) {
      const res = await page.request.post("/api/staff/login", {
        form: { email, password },
        headers: { origin: base },
        maxRedirects: 0,
      });
      expect(res.headers()["location"], `${who} signs in`).not.toContain("fel");
    }
    return page;
  }

  const steps: Steps = {
    fx,
    async as(who) {
      if (!pages.has(who)) pages.set(who, await signedIn(browser, who));
      return pages.get(who)!;
    },
    async form(page, url, selector, fill) {
      await page.goto(url);
      const form = page.locator(selector).first();
      await fill?.(form);
      // The selector may name the form or a box around it.
      return form.evaluate((box: HTMLElement) => {
        const f = box instanceof HTMLFormElement ? box : (box.querySelector("form") ?? box.closest("form"))!;
        return [...new FormData(f)].filter((e): e is [string, string] => typeof e[1] === "string");
      });
    },
    async post(page, action, fields = []) {
      const data = new FormData();
      const entries = Array.isArray(fields)
        ? fields
        : Object.entries(fields).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x]) : [[k, v]]));
      for (const [k, v] of entries) data.append(k!, v!);
      const requestId = randomUUID();
      requestIds.set(route, [...(requestIds.get(route) ?? []), requestId]);
      const res = await page.request.post(action, {
        form: data,
        headers: { origin: base, "x-request-id": requestId },
        maxRedirects: 0,
      });
      const where = res.headers()["location"] ?? "";
      expect(res.status(), `${route}: ${where}`).toBeLessThan(400);
      if (/[?&](fel|error)=|#fel$/.test(where)) {
        // The page's error summary says what was wrong with the post.
        const back = await (await page.request.get(where)).text();
        const summary = back
          .split('id="fel"')[1]
          ?.replace(/<[^>]+>/g, " ")
          .replace(/\s+/g, " ");
        throw new Error(`${route} was refused: ${where} ${summary?.slice(0, 300) ?? ""}`);
      }
      return res;
    },
  };

  for (const [key, run] of Object.entries(COVERED)) {
    route = key;
    await run(steps);
    expect(requestIds.get(key)?.length, `${key} made a post`).toBeGreaterThan(0);
  }

  const lots = await steps.as("LOTS");
  const csv = await (await lots.request.get("/api/staff/audit/export")).text();
  // A request id is a fresh UUID: found anywhere in the export, it is that row's request_id.
  const missing = [...requestIds]
    .filter(([, ids]) => !ids.every((id) => csv.includes(id)))
    .map(([key]) => key);
  expect(missing, `${csv.split("\n").length} rows in the export`).toEqual([]);
  await Promise.all([...pages.values()].map((p) => p.context().close()));
});
