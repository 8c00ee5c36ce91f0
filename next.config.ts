import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { registerCacheRules } from "./lib/cache-headers";
import { securityHeaderRules } from "./lib/security-headers";
import { registerRewrites, staticPageRewrites } from "./lib/static-pages";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Keep the proxy's request URL as the server built it. Next.js otherwise renames a loopback host
  // (`next start -H 127.0.0.1`) to "localhost" in the proxy but not where it applies rewrites, so
  // the language rewrite (`/` → `/sv`) looked external and came back as a 307 to the same page.
  // tests/e2e/bind-address.spec.ts starts a server bound to 127.0.0.1.
  skipProxyUrlNormalize: true,
  // Native, WASM or worker-based packages are loaded by Node at run time, not bundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "pino",
    "@node-rs/argon2",
    "pg",
    "nodemailer",
  ],
  // Pages rendered after the build (the register's cached views) stay in the server's memory cache,
  // bounded by cacheMaxMemorySize, and are not written to disk: a visitor asking for many views
  // cannot fill the disk, and a restart renders them anew.
  experimental: { isrFlushToDisk: false },
  async headers() {
    return [...securityHeaderRules(), ...registerCacheRules()];
  },
  // The prerendered pages' addresses, and the register's unfiltered views, mapped to their language
  // folder here rather than in the proxy (proxy.ts' matcher leaves them out): a static page is then
  // served like a file. Every request runs through this list, so it stays short.
  async rewrites() {
    return { beforeFiles: [...staticPageRewrites(), ...registerRewrites()], afterFiles: [], fallback: [] };
  },
};

export default withNextIntl(nextConfig);
