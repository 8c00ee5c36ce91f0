import { describe, expect, it, vi } from "vitest";
import { cachedRegister, invalidateRegister } from "@/lib/server/register/cache";

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
});
