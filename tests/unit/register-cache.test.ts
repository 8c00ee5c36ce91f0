import { describe, expect, it, vi } from "vitest";
import {
  ByteBudgetCache,
  cachedRegister,
  estimateBytes,
  invalidateRegister,
} from "@/lib/server/register/cache";

describe("register cache", () => {
  it("reads once a minute per key, again after a change, and never keeps a failure", async () => {
    invalidateRegister();
    const load = vi.fn(async () => "rows");
    const t0 = 1_000_000;
    expect(await cachedRegister("k", load, t0)).toBe("rows");
    expect(await cachedRegister("k", load, t0 + 59_000)).toBe("rows");
    expect(load).toHaveBeenCalledTimes(1);
    expect(await cachedRegister("k", load, t0 + 61_000)).toBe("rows");
    expect(load).toHaveBeenCalledTimes(2);
    invalidateRegister();
    await cachedRegister("k", load, t0 + 62_000);
    expect(load).toHaveBeenCalledTimes(3);

    const failing = vi.fn(async () => {
      throw new Error("database down");
    });
    await expect(cachedRegister("f", failing, t0)).rejects.toThrow("database down");
    await expect(cachedRegister("f", failing, t0 + 1)).rejects.toThrow("database down");
    expect(failing).toHaveBeenCalledTimes(2);
  });

  it("stays within its byte budget by dropping the least recently used entries", async () => {
    const value = "x".repeat(10_000); // about 20 kB each
    const cache = new ByteBudgetCache(70_000);
    for (const key of ["a", "b", "c"]) await cache.get(key, async () => value);
    expect(cache.stats().entries).toBe(3);
    await cache.get("a", async () => "not read"); // a is now the most recently used
    await cache.get("d", async () => value);
    expect(cache.stats().bytes).toBeLessThanOrEqual(70_000);
    expect(cache.stats().entries).toBe(3);

    const load = vi.fn(async () => value);
    await cache.get("a", load);
    expect(load).not.toHaveBeenCalled(); // kept
    await cache.get("b", load);
    expect(load).toHaveBeenCalledTimes(1); // b was the oldest and went first

    for (let i = 0; i < 100; i++) {
      await cache.get(`k${i}`, async () => value);
      expect(cache.stats().bytes).toBeLessThanOrEqual(70_000);
    }
  });

  it("does not keep a value larger than the whole budget, and forgets sizes on clear", async () => {
    const cache = new ByteBudgetCache(1_000);
    const big = vi.fn(async () => "y".repeat(5_000));
    expect(await cache.get("big", big)).toHaveLength(5_000);
    await cache.get("big", big);
    expect(big).toHaveBeenCalledTimes(2);
    expect(cache.stats()).toMatchObject({ entries: 0, bytes: 0 });

    await cache.get("small", async () => ({ rows: [1, 2, 3] }));
    expect(cache.stats().bytes).toBeGreaterThan(estimateBytes({ rows: [1, 2, 3] }));
    cache.clear();
    expect(cache.stats()).toMatchObject({ entries: 0, bytes: 0 });
  });

  it("does not count a read that finishes after a clear", async () => {
    const cache = new ByteBudgetCache(100_000);
    let finish: (v: string) => void = () => {};
    const pending = cache.get("slow", () => new Promise<string>((resolve) => (finish = resolve)));
    cache.clear();
    finish("z".repeat(1_000));
    await pending;
    expect(cache.stats()).toMatchObject({ entries: 0, bytes: 0 });
  });
});
