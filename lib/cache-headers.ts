// Cache-Control for the public register's pages (next.config.ts). They show only published data, the
// same to every visitor (no cookie is read), so a CDN or browser may keep a copy for half a minute and
// serve it stale while it fetches a fresh one. Next.js keeps a Cache-Control set here on pages it
// renders per request instead of its own "no-store". Open data sets its own, with an ETag
// (lib/server/register/open-data.ts).
const REGISTER_PAGES = ["/samarbeten", "/samarbeten/:id", "/en/partnerships", "/en/partnerships/:id"];

export const REGISTER_CACHE_CONTROL = "public, max-age=30, stale-while-revalidate=300";

export function registerCacheRules(): { source: string; headers: { key: string; value: string }[] }[] {
  return REGISTER_PAGES.map((source) => ({
    source,
    headers: [{ key: "Cache-Control", value: REGISTER_CACHE_CONTROL }],
  }));
}
