import * as staticInfo from "next/dist/build/analysis/get-page-static-info";
import { getMiddlewareRouteMatcher } from "next/dist/shared/lib/router/utils/middleware-route-matcher";
import { matchHas } from "next/dist/shared/lib/router/utils/prepare-destination";
import { describe, expect, it } from "vitest";
import { FREE_TEXT_FILTERS, PUBLIC_STATUSES } from "@/lib/domain/register-selection";
import { THEMES } from "@/lib/domain/themes";
import { routing, type AppPathname } from "@/lib/i18n/routing";
import {
  cachedRegisterPage,
  localisedPath,
  registerRewrites,
  STATIC_PAGES,
  staticPageRewrites,
} from "@/lib/static-pages";
import { config } from "@/proxy";

// Prerendered pages are served without the proxy (lib/static-pages.ts): its matcher, a literal
// Next.js reads at build time, must leave out exactly their addresses, and next.config.ts' rewrites
// must lead each of them to the page that was built.

// The functions Next.js turns the matcher into regular expressions and conditions with, and decides
// with whether the proxy runs for a request (the first is not in its type declarations).
const { getMiddlewareMatchers } = staticInfo as unknown as {
  getMiddlewareMatchers: (
    matcher: typeof config.matcher,
    nextConfig: object,
  ) => Parameters<typeof getMiddlewareRouteMatcher>[0];
};
const proxyRunsFor = getMiddlewareRouteMatcher(getMiddlewareMatchers(config.matcher, {}));
const queryOf = (search: URLSearchParams) => {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(search.keys())) {
    const all = search.getAll(key);
    query[key] = all.length > 1 ? all : all[0]!;
  }
  return query;
};
const noHeaders = { headers: {} } as Parameters<typeof matchHas>[0];
const runsProxy = (path: string, search = new URLSearchParams()) =>
  proxyRunsFor(path, noHeaders as Parameters<typeof proxyRunsFor>[1], queryOf(search));

describe("static pages and the proxy", () => {
  const staticPaths = routing.locales.flatMap((l) => STATIC_PAGES.map((p) => localisedPath(p, l)));

  it("the proxy does not run for a static page's address in either language", () => {
    for (const path of staticPaths) expect(runsProxy(path), path).toBe(false);
  });

  it("the proxy runs for every other page, and for a static page under another language's address", () => {
    const others = (Object.keys(routing.pathnames) as AppPathname[])
      // The register without filters has its own tests below.
      .filter(
        (p) => !(STATIC_PAGES as readonly string[]).includes(p) && !p.includes("[") && p !== "/samarbeten",
      )
      .flatMap((p) => routing.locales.map((l) => localisedPath(p, l)));
    for (const path of [...others, "/sv", "/sv/integritet", "/en/integritet", "/privacy", "/enx", "/staff/x"])
      expect(runsProxy(path), path).toBe(true);
    for (const path of ["/api/health", "/_next/static/x.js", "/favicon.ico"])
      expect(runsProxy(path)).toBe(false);
  });

  it("rewrites each static address to the page built for its language", () => {
    const rewrites = Object.fromEntries(staticPageRewrites().map((r) => [r.source, r.destination]));
    expect(rewrites["/"]).toBe("/sv");
    expect(rewrites["/integritet"]).toBe("/sv/integritet");
    expect(rewrites["/en/privacy"]).toBe("/en/integritet");
    expect(rewrites["/en/request/link-expired"]).toBe("/en/forfragan/lanken-fungerar-inte");
    expect(rewrites["/fraga"]).toBe("/sv/fraga");
    expect(rewrites["/en/question"]).toBe("/en/fraga");
    expect(rewrites["/en"]).toBeUndefined(); // already the built page's address
    for (const path of staticPaths) expect(rewrites[path] ?? path).toMatch(/^\/(sv|en)(\/|$)/);
  });
});

describe("the register without the proxy", () => {
  // Where next.config.ts' rewrites send a register address, as Next.js applies them (the first rule
  // whose conditions hold).
  const rewritten = (path: string, search: URLSearchParams) => {
    for (const rule of registerRewrites()) {
      if (rule.source !== path) continue;
      const params = matchHas(noHeaders, queryOf(search), rule.has ?? [], []);
      if (params) return rule.destination.replace(/:(\w+)/g, (_, name: string) => String(params[name]));
    }
    return undefined;
  };
  const fields = ["q", "party", "municipality", "theme", "status", "year", "page", "utm_source"] as const;
  const values: Record<(typeof fields)[number], string[]> = {
    q: ["", " ", "idrott"],
    party: ["", "Föreningen 3"],
    municipality: ["", "Malmö"],
    theme: ["", THEMES[0]!, "NOPE"],
    status: ["", PUBLIC_STATUSES[1], "x"],
    year: ["", "2024", "1800"],
    page: ["", "1", "2", "37", "100000", "100001", "0", "-3", "abc"],
    utm_source: ["", "news"],
  };
  // A seeded walk over the fields (each left out, empty or set), plus the addresses the site links to.
  const queries = [
    "",
    "page=2",
    "page=3&theme=",
    "q=&party=&municipality=&theme=&status=&year=",
    "theme=INTEGRATION",
  ];
  let seed = 7;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  for (let i = 0; i < 3000; i++) {
    const query = new URLSearchParams();
    for (const field of fields) {
      const choice = next(values[field].length + 1);
      if (choice > 0) query.set(field, values[field][choice - 1]!);
    }
    queries.push(query.toString());
  }

  it("without a filter field set, serves the view the proxy would, from the rewrites", () => {
    let skipped = 0;
    for (const locale of routing.locales) {
      const path = localisedPath("/samarbeten", locale);
      for (const query of queries) {
        const search = new URLSearchParams(query);
        const viaProxy = cachedRegisterPage(path, search);
        if (runsProxy(path, search)) continue;
        skipped++;
        expect(viaProxy, `${path}?${query}`).toBeDefined();
        expect(rewritten(path, search), `${path}?${query}`).toBe(viaProxy);
      }
    }
    expect(skipped).toBeGreaterThan(100);
    expect(runsProxy("/samarbeten")).toBe(false);
    expect(rewritten("/en/partnerships", new URLSearchParams("page=4"))).toBe(
      "/en/samarbeten/urval/all~all~all~4",
    );
  });

  it("runs the proxy as soon as a filter field has a value", () => {
    const filters = [...FREE_TEXT_FILTERS, "theme", "status", "year"];
    for (const path of ["/samarbeten", "/en/partnerships"])
      for (const field of filters) {
        expect(runsProxy(path, new URLSearchParams({ [field]: "x", page: "2" })), `${path} ${field}`).toBe(
          true,
        );
        expect(runsProxy(path, new URLSearchParams({ [field]: "" })), `${path} ${field} empty`).toBe(false);
      }
    expect(runsProxy("/samarbeten/urval/x", new URLSearchParams({ q: "x" }))).toBe(true);
    expect(runsProxy("/sv/samarbeten")).toBe(true);
  });
});
