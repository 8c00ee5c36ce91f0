import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { NONCE_HEADER, withNonceCsp } from "@/lib/nonce-csp";
import { contentSecurityPolicy, securityHeaderRules, securityHeaders } from "@/lib/security-headers";
import { isStaticPage } from "@/lib/static-pages";

const directive = (csp: string, name: string) =>
  csp
    .split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `));

describe("security headers", () => {
  it("locks down objects, base URI and framing in every policy", () => {
    for (const csp of [
      contentSecurityPolicy(),
      contentSecurityPolicy("nonce", "abc"),
      contentSecurityPolicy("api"),
    ]) {
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
    }
    expect(contentSecurityPolicy()).toContain("default-src 'self'");
    expect(contentSecurityPolicy("api")).toContain("default-src 'none'");
  });

  it("allows scripts and style elements on per-request pages only with the nonce", () => {
    const csp = contentSecurityPolicy("nonce", "bm9uY2U=");
    expect(directive(csp, "script-src")).toContain("'nonce-bm9uY2U=' 'strict-dynamic'");
    expect(directive(csp, "script-src")).not.toContain("'unsafe-inline'");
    expect(directive(csp, "style-src")).toBe("style-src 'self' 'nonce-bm9uY2U='");
    expect(() => contentSecurityPolicy("nonce")).toThrow();
  });

  it("gives API routes the strict policy and every other path the static one", () => {
    const rules = securityHeaderRules();
    const csp = (i: number) => rules[i]!.headers.find((h) => h.key === "Content-Security-Policy")!.value;
    expect(rules.map((r) => r.source)).toEqual(["/((?!api/).*)", "/api/:path*"]);
    expect(csp(0)).toBe(contentSecurityPolicy("static"));
    expect(csp(1)).toBe(contentSecurityPolicy("api"));
  });

  it("sends nosniff and a referrer policy", () => {
    const headers = Object.fromEntries(securityHeaders().map((h) => [h.key, h.value]));
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
  });
});

describe("the proxy's nonce policy", () => {
  const run = (path: string) => {
    let seen: Headers | undefined;
    const response = withNonceCsp(new NextRequest(`http://localhost${path}`), (request) => {
      seen = request.headers;
      return new Response("ok");
    });
    return { response, seen: seen! };
  };

  it("puts a fresh nonce policy on the request and the same on the response", () => {
    const a = run("/staff/cases");
    const b = run("/staff/cases");
    const policy = a.response.headers.get("content-security-policy")!;
    const nonce = a.seen.get(NONCE_HEADER)!;
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(a.seen.get("content-security-policy")).toBe(policy);
    expect(policy).toBe(contentSecurityPolicy("nonce", nonce));
    expect(b.seen.get(NONCE_HEADER)).not.toBe(nonce);
  });

  it("leaves prerendered pages alone", () => {
    for (const path of [
      "/",
      "/en",
      "/integritet",
      "/en/privacy/",
      "/forfragan",
      "/en/request/link-expired",
      "/fraga",
      "/en/question/",
      // A partnership's page and the register's cached views (lib/domain/register-selection.ts).
      "/samarbeten/7f1d6a3e-2b4c-4d5e-8f90-1a2b3c4d5e6f",
      "/en/partnerships/7f1d6a3e-2b4c-4d5e-8f90-1a2b3c4d5e6f",
      "/samarbeten/urval/all~all~all~2",
      // The same pages at the folder they are built in, where the proxy's rewrite leads.
      "/sv/samarbeten/urval/all~all~all~2",
      "/en/samarbeten/7f1d6a3e-2b4c-4d5e-8f90-1a2b3c4d5e6f",
    ]) {
      const { response, seen } = run(path);
      expect(isStaticPage(path), path).toBe(true);
      expect(response.headers.get("content-security-policy"), path).toBeNull();
      expect(seen.get(NONCE_HEADER), path).toBeNull();
    }
    for (const path of [
      "/fraga/rattelse",
      "/en/question/correct",
      "/staff",
      "/en/staff/login",
      "/status/x",
      "/samarbeten",
      "/en/partnerships",
      "/staff/partnerships/7f1d6a3e-2b4c-4d5e-8f90-1a2b3c4d5e6f",
    ])
      expect(isStaticPage(path), path).toBe(false);
  });
});
