import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // `server-only` throws outside React Server Components; tests are server code by definition.
      "server-only": path.join(root, "tests/support/empty-module.ts"),
    },
  },
  test: {
    // next-intl imports `next/navigation` without an extension, which only a bundler resolves.
    server: { deps: { inline: ["next-intl"] } },
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/support/embedded-template.ts"],
          environment: "node",
          // Real PostgreSQL when DATABASE_URL is set; otherwise an in-memory embedded one per test file.
          env: { LOTSEN_DATA_DIR: "memory://", LOTSEN_DEMO: "false", LOG_LEVEL: "silent" },
          // A file's first test also migrates its fresh embedded database, which takes up to ~20 s
          // on two busy cores; the suite runs on both databases in CI (.ci/run).
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          // Production servers under faults (tests/reliability/faults.test.ts); needs `next build` first.
          name: "reliability",
          include: ["tests/reliability/**/*.test.ts"],
          environment: "node",
          testTimeout: 300_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
