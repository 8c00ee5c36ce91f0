import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db/client";
import { clientIp, hitRateLimit, pruneRateLimits } from "@/lib/server/rate-limit";

// Each test uses its own bucket, so tests never share counters and nothing needs resetting.
const uniqueBucket = () => `test-${randomUUID()}`;
const NOW = new Date("2031-05-04T10:20:00.000Z");

describe("rate limit", () => {
  it("allows the limit and refuses the next hit until the window ends", async () => {
    const db = await getDb();
    const bucket = uniqueBucket();
    const hit = () =>
      hitRateLimit(db, { bucket, ip: "203.0.113.7", limit: 3, windowSeconds: 3600, now: NOW });
    const results = [await hit(), await hit(), await hit()];
    expect(results.map((r) => r.allowed)).toEqual([true, true, true]);
    expect(results.map((r) => r.remaining)).toEqual([2, 1, 0]);
    const refused = await hit();
    // 10:20 in an hour window from 10:00: 40 minutes left.
    expect(refused).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 40 * 60 });
  });

  it("counts concurrent hits exactly", async () => {
    const db = await getDb();
    const bucket = uniqueBucket();
    const results = await Promise.all(
      Array.from({ length: 30 }, () =>
        hitRateLimit(db, { bucket, ip: "203.0.113.8", limit: 10, windowSeconds: 3600, now: NOW }),
      ),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
    const rows = await db.rateLimit.findMany({ where: { key: { startsWith: `${bucket}:` } } });
    expect(rows.map((r) => r.count)).toEqual([30]);
  });

  it("starts again in a new window", async () => {
    const db = await getDb();
    const bucket = uniqueBucket();
    const hit = (now: Date) =>
      hitRateLimit(db, { bucket, ip: "203.0.113.9", limit: 1, windowSeconds: 60, now });
    expect((await hit(new Date("2031-05-04T10:00:10Z"))).allowed).toBe(true);
    expect(await hit(new Date("2031-05-04T10:00:59.500Z"))).toMatchObject({
      allowed: false,
      retryAfterSeconds: 1,
    });
    expect((await hit(new Date("2031-05-04T10:01:00Z"))).allowed).toBe(true);
  });

  it("counts different addresses separately", async () => {
    const db = await getDb();
    const bucket = uniqueBucket();
    const hit = (ip: string) => hitRateLimit(db, { bucket, ip, limit: 1, windowSeconds: 3600, now: NOW });
    expect((await hit("198.51.100.1")).allowed).toBe(true);
    expect((await hit("198.51.100.1")).allowed).toBe(false);
    expect((await hit("198.51.100.2")).allowed).toBe(true);
    expect((await hit("2001:db8::1")).allowed).toBe(true);
  });

  it("never stores the raw address", async () => {
    const db = await getDb();
    const bucket = uniqueBucket();
    const ip = "192.0.2.55";
    await hitRateLimit(db, { bucket, ip, limit: 5, windowSeconds: 3600, now: NOW });
    const rows = await db.$queryRaw<{ key: string; window_start: Date }[]>`
      SELECT key, window_start FROM rate_limit WHERE key LIKE ${`${bucket}:%`}`;
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row?.key).not.toContain(ip);
    expect(row?.key).toMatch(new RegExp(`^${bucket}:[0-9a-f]{64}$`));
    expect(row?.window_start.toISOString()).toBe("2031-05-04T10:00:00.000Z");
  });

  it("prunes windows that started before a given time", async () => {
    const db = await getDb();
    const bucket = uniqueBucket();
    const old = new Date("2001-01-01T00:00:00Z");
    await hitRateLimit(db, { bucket, ip: "192.0.2.56", limit: 5, windowSeconds: 3600, now: old });
    await hitRateLimit(db, { bucket, ip: "192.0.2.56", limit: 5, windowSeconds: 3600, now: NOW });
    expect(await pruneRateLimits(db, new Date("2001-01-02T00:00:00Z"))).toBeGreaterThanOrEqual(1);
    const left = await db.rateLimit.findMany({ where: { key: { startsWith: `${bucket}:` } } });
    expect(left.map((r) => r.windowStart.toISOString())).toEqual(["2031-05-04T10:00:00.000Z"]);
  });
});

describe("clientIp", () => {
  it("takes the address our own load balancer appended (not what the client claimed), never X-Real-IP", () => {
    // The client sent "203.0.113.1"; the load balancer appended the address it saw, 198.51.100.7.
    expect(clientIp(new Headers({ "x-forwarded-for": " 203.0.113.1 , 198.51.100.7" }))).toBe("198.51.100.7");
    expect(clientIp(new Headers({ "x-forwarded-for": "198.51.100.8" }))).toBe("198.51.100.8");
    expect(clientIp(new Headers({ "x-real-ip": " 203.0.113.2 " }))).toBe("unknown");
    expect(clientIp(new Headers({ "x-forwarded-for": "2001:db8:7:8::1" }))).toBe("2001:db8:7:8::/64");
    expect(clientIp(new Headers())).toBe("unknown");
    expect(clientIp(new Headers({ "x-forwarded-for": "x".repeat(500) }))).toBe("unknown");
  });
});
