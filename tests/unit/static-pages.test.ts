import * as staticInfo from "next/dist/build/analysis/get-page-static-info";
import { describe, expect, it } from "vitest";
import { routing, type AppPathname } from "@/lib/i18n/routing";
import { NextRequest } from "next/server";
import { formCookieName } from "@/lib/server/intake/form-cookie";
import { localisedPath, proxiedStaticPage, STATIC_PAGES, staticPageRewrites } from "@/lib/static-pages";
import proxy, { config } from "@/proxy";

// Prerendered pages are served without the proxy (lib/static-pages.ts): its matcher, a literal
// Next.js reads at build time, must leave out exactly their addresses, and next.config.ts' rewrites
// must lead each of them to the page that was built.

// The function Next.js turns a matcher into a regular expression with (not in its type declarations).
const { getMiddlewareMatchers } = staticInfo as unknown as {
  getMiddlewareMatchers: (matcher: string, config: object) => { regexp: string }[];
};
const [matcher] = getMiddlewareMatchers(config.matcher, {});
const runsProxy = (path: string) => new RegExp(matcher!.regexp).test(path);

describe("static pages and the proxy", () => {
  const staticPaths = routing.locales.flatMap((l) => STATIC_PAGES.map((p) => localisedPath(p, l)));

  it("the proxy does not run for a static page's address in either language", () => {
    for (const path of staticPaths) expect(runsProxy(path), path).toBe(false);
  });

  it("the proxy runs for every other page, and for a static page under another language's address", () => {
    const others = (Object.keys(routing.pathnames) as AppPathname[])
      .filter((p) => !(STATIC_PAGES as readonly string[]).includes(p) && !p.includes("["))
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
    expect(rewrites["/en"]).toBeUndefined(); // already the built page's address
    for (const path of staticPaths) expect(rewrites[path] ?? path).toMatch(/^\/(sv|en)(\/|$)/);
  });
});

describe("the prerendered question form, served by the proxy", () => {
  const serve = (path: string, cookie?: string) => {
    const request = new NextRequest(`http://localhost${path}`, cookie ? { headers: { cookie } } : undefined);
    return proxy(request);
  };

  it("goes straight to the page built for its language", () => {
    expect(proxiedStaticPage("/fraga")).toBe("/sv/fraga");
    expect(proxiedStaticPage("/en/question/")).toBe("/en/fraga");
    expect(proxiedStaticPage("/fraga/rattelse")).toBeUndefined();
    expect(serve("/en/question").headers.get("x-middleware-rewrite")).toBe("http://localhost/en/fraga");
  });

  it("gives a browser without one the form cookie, and keeps the one it has", () => {
    const first = serve("/fraga");
    const cookie = first.cookies.get(formCookieName());
    expect(cookie?.value).toMatch(/^[0-9a-f-]{36}$/);
    expect(cookie?.httpOnly).toBe(true);
    expect(first.headers.get("cache-control")).toBe("private, no-store");
    const again = serve("/fraga", `${formCookieName()}=${cookie!.value}`);
    expect(again.cookies.get(formCookieName())).toBeUndefined();
    expect(again.headers.get("cache-control")).toBeNull();
    expect(serve("/samarbeten").cookies.get(formCookieName())).toBeUndefined();
  });
});
