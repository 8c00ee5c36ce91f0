// Prisma 7 reads its settings here. Only `prisma generate` is used from the Prisma 7 CLI:
// migrations are plain SQL files in prisma/migrations, applied by lib/server/db/migrate.ts
// (see README, "Database migrations").
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
