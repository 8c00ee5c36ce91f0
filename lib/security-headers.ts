// Security headers for every response. next.config.ts sets them on everything; proxy.ts replaces
// the Content-Security-Policy of pages rendered per request with a nonce policy (lib/nonce-csp.ts).
//
// Three policies (README, "Security"):
// - "nonce": pages rendered per request (the staff area, the forms, the status page, a register
//   search).
//   Next.js puts the nonce on its own scripts, and 'strict-dynamic' lets those load the rest, so
//   no inline script without the nonce runs.
// - "static": pages prerendered at build time (lib/static-pages.ts) and the register's views served
//   from the page cache (lib/domain/register-selection.ts). Their HTML is rendered once for every
//   visitor, so it cannot carry a per-request nonce, and Next.js inlines its bootstrap data in it;
//   they allow inline scripts. Nothing a visitor types reaches that HTML (a cached register view
//   takes only values from closed lists; free text is rendered per request under the nonce
//   policy), so there is nothing to inject into; hashes of the inline scripts would have to be
//   recomputed on every build and sent per page, for no gain on pages without input.
// - "api": JSON, CSV, PDF, files and redirects: nothing may run or load at all.

const isProd = process.env.NODE_ENV === "production";

export type PolicyKind = "nonce" | "static" | "api";

const LOCKED = {
  "object-src": ["'none'"],
  "base-uri": ["'none'"],
  "frame-ancestors": ["'none'"],
};

function pagePolicy(scriptSrc: string[], styleSrc: string[]): Record<string, string[]> {
  return {
    "default-src": ["'self'"],
    // React needs eval for its debugging aids in development only.
    "script-src": [...scriptSrc, ...(isProd ? [] : ["'unsafe-eval'"])],
    "style-src": styleSrc,
    // Style attributes (a bar's width in components/dashboard/bar-chart.tsx) cannot carry a nonce,
    // and a style attribute cannot run script.
    "style-src-attr": ["'unsafe-inline'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "form-action": ["'self'"],
    ...LOCKED,
  };
}

export function contentSecurityPolicy(kind: PolicyKind = "static", nonce?: string): string {
  if (kind === "nonce" && !nonce) throw new Error("A nonce policy needs a nonce");
  const directives =
    kind === "api"
      ? { "default-src": ["'none'"], "form-action": ["'none'"], ...LOCKED }
      : kind === "nonce"
        ? pagePolicy(
            // Browsers that know 'strict-dynamic' ignore 'self'; it is there for those that do not.
            [`'nonce-${nonce}'`, "'strict-dynamic'", "'self'"],
            ["'self'", `'nonce-${nonce}'`],
          )
        : pagePolicy(["'self'", "'unsafe-inline'"], ["'self'", "'unsafe-inline'"]);
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

function headerList(csp: string): { key: string; value: string }[] {
  return [
    { key: "Content-Security-Policy", value: csp },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    ...(isProd ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}

export function securityHeaders(kind: PolicyKind = "static"): { key: string; value: string }[] {
  return headerList(contentSecurityPolicy(kind));
}

/** For next.config.ts: the strict policy for API routes, the static one for everything else. */
export function securityHeaderRules(): { source: string; headers: { key: string; value: string }[] }[] {
  return [
    { source: "/((?!api/).*)", headers: securityHeaders("static") },
    { source: "/api/:path*", headers: securityHeaders("api") },
  ];
}
