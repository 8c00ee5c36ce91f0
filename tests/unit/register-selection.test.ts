import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import {
  cachedSelection,
  decodeSelection,
  encodeSelection,
  parseClosedFilters,
} from "@/lib/domain/register-selection";
import { cachedRegisterPage } from "@/lib/static-pages";
import proxy from "@/proxy";

// Which views of the register come from the page cache (lib/domain/register-selection.ts): those
// without free text, each under exactly one address.

const query = (q: string) => new URLSearchParams(q);

describe("the register's cached views", () => {
  it("a view without free text has one segment however its query was written", () => {
    expect(cachedSelection(query(""))).toBe("all~all~all~1");
    expect(cachedSelection(query("status=ACTIVE&theme=INTEGRATION"))).toBe("INTEGRATION~ACTIVE~all~1");
    expect(cachedSelection(query("theme=INTEGRATION&status=ACTIVE&utm=x"))).toBe("INTEGRATION~ACTIVE~all~1");
    // A GET form sends its empty fields too; junk values are ignored, as the per-request page does.
    expect(cachedSelection(query("q=&theme=&party=+&year=&status=&municipality=&page=2"))).toBe(
      "all~all~all~2",
    );
    expect(cachedSelection(query("theme=NOPE&year=1800&page=0&status=DRAFT"))).toBe("all~all~all~1");
    expect(cachedSelection(query("year=2024&page=3"))).toBe("all~all~2024~3");
  });

  it("free text is rendered per request", () => {
    for (const q of ["q=Yalla", "party=Socialförvaltningen", "municipality=Umeå", "theme=INTEGRATION&q=a"])
      expect(cachedSelection(query(q)), q).toBeUndefined();
  });

  it("a segment decodes only if it is exactly what encoding writes", () => {
    const selection = { theme: "MENTAL_HEALTH", status: "ENDED", year: 2023, page: 4 } as const;
    expect(decodeSelection(encodeSelection(selection))).toEqual(selection);
    expect(decodeSelection("all~all~all~1")).toEqual({ page: 1 });
    for (const junk of [
      "",
      "all~all~all",
      "all~all~all~0",
      "all~all~all~01",
      "x~all~all~1",
      "all~all~all~1~1",
      "all~all~1800~1",
    ])
      expect(decodeSelection(junk), junk).toBeUndefined();
  });

  it("reads the closed filters the way the per-request page does", () => {
    const get = (values: Record<string, string>) => (name: string) => values[name];
    expect(parseClosedFilters(get({ theme: "OTHER", year: "2030", page: "100001" }))).toEqual({
      theme: "OTHER",
      status: undefined,
      year: 2030,
      page: 1,
    });
  });

  it("the proxy sends the register's address in either language to its cached view", () => {
    expect(cachedRegisterPage("/samarbeten", query("page=2"))).toBe("/sv/samarbeten/urval/all~all~all~2");
    expect(cachedRegisterPage("/en/partnerships/", query(""))).toBe("/en/samarbeten/urval/all~all~all~1");
    expect(cachedRegisterPage("/samarbeten", query("q=x"))).toBeUndefined();
    expect(cachedRegisterPage("/en/samarbeten", query(""))).toBeUndefined();
    expect(cachedRegisterPage("/samarbeten/abc", query(""))).toBeUndefined();

    const cached = proxy(new NextRequest("http://localhost/en/partnerships?theme=INTEGRATION"));
    expect(cached.headers.get("x-middleware-rewrite")).toBe(
      "http://localhost/en/samarbeten/urval/INTEGRATION~all~all~1",
    );
    // Served from the cache under the static policy: the proxy adds no nonce.
    expect(cached.headers.get("content-security-policy")).toBeNull();
    const search = proxy(new NextRequest("http://localhost/samarbeten?q=Yalla"));
    expect(search.headers.get("content-security-policy")).toMatch(/'nonce-/);
  });
});
