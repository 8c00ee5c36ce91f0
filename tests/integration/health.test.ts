import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getDb, getDbKind } from "@/lib/server/db/client";
import { checkHealth } from "@/lib/server/health";

describe("health check", () => {
  it("reports up when the database answers", async () => {
    const db = await getDb();
    const report = await checkHealth(async () => ({
      kind: await getDbKind(),
      ping: () => db.$queryRaw`SELECT 1`,
    }));
    expect(report).toMatchObject({ status: "ok", database: "up" });
  });

  it("reports down when the database does not answer", async () => {
    // Nothing listens on port 1: a real connection attempt that fails.
    const dead = new PrismaClient({
      adapter: new PrismaPg({ connectionString: "postgresql://x@127.0.0.1:1/none" }),
    });
    const report = await checkHealth(async () => ({
      kind: "postgresql",
      ping: () => dead.$queryRaw`SELECT 1`,
    }));
    expect(report).toEqual({ status: "unavailable", database: "down" });
  });
});
