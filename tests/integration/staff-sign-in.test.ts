import { describe, expect, it } from "vitest";
import { ACCOUNT_SLOWDOWN, signInWithPassword } from "@/lib/server/auth/sign-in";
import { getDb } from "@/lib/server/db/client";
import { createStaffUser } from "@/lib/server/db/factories";
import { unique, uniqueEmail } from "../factories";

const PASSWORD = "en lång och ovanlig fras";
// A fixed time in the middle of a 15-minute window, so a test's hits never straddle two windows.
const NOW = new Date("2031-05-04T10:05:00.000Z");
const uniqueIp = () => `198.51.100.${unique()}`;

async function staff(overrides: { disabled?: boolean } = {}) {
  const db = await getDb();
  const email = uniqueEmail("signin");
  const user = await createStaffUser(db, { email, name: "Test", password: PASSWORD, roles: ["LOTS"] });
  if (overrides.disabled) await db.staffUser.update({ where: { id: user.id }, data: { disabledAt: NOW } });
  return { db, email, user };
}

describe("password sign-in", () => {
  it("signs in with the right password, the email in any case", async () => {
    const { db, email, user } = await staff();
    const result = await signInWithPassword(db, {
      email: ` ${email.toUpperCase()} `,
      password: PASSWORD,
      ip: uniqueIp(),
      now: NOW,
    });
    expect(result).toEqual({ ok: true, userId: user.id });
  });

  it("refuses a wrong password, an unknown account and a disabled user", async () => {
    const { db, email } = await staff();
    const ip = uniqueIp();
    expect(await signInWithPassword(db, { email, password: "fel", ip, now: NOW })).toEqual({
      ok: false,
      code: "bad-credentials",
    });
    expect(
      await signInWithPassword(db, { email: uniqueEmail("nobody"), password: PASSWORD, ip, now: NOW }),
    ).toEqual({ ok: false, code: "bad-credentials" });
    const disabled = await staff({ disabled: true });
    expect(
      await signInWithPassword(db, { email: disabled.email, password: PASSWORD, ip: uniqueIp(), now: NOW }),
    ).toEqual({ ok: false, code: "disabled" });
  });

  it("refuses an account from an address after 5 failures there, until the window ends", async () => {
    const { db, email, user } = await staff();
    const ip = uniqueIp();
    for (let i = 0; i < 5; i++) {
      const r = await signInWithPassword(db, { email, password: `fel-${i}`, ip, now: NOW });
      expect(r).toEqual({ ok: false, code: "bad-credentials" });
    }
    const refused = await signInWithPassword(db, { email, password: PASSWORD, ip, now: NOW });
    // 10:05 in a window from 10:00: 10 minutes left.
    expect(refused).toEqual({ ok: false, code: "rate-limited", retryAfterSeconds: 600 });
    const nextWindow = new Date(NOW.getTime() + 15 * 60_000);
    expect(await signInWithPassword(db, { email, password: PASSWORD, ip, now: nextWindow })).toEqual({
      ok: true,
      userId: user.id,
    });
  });

  it("checks at most 5 guesses when 12 arrive at once from one address", async () => {
    const { db, email } = await staff();
    const ip = uniqueIp();
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        signInWithPassword(db, { email, password: `fel-${i}`, ip, now: NOW }),
      ),
    );
    expect(results.filter((r) => !r.ok && r.code === "bad-credentials").length).toBeLessThanOrEqual(5);
    expect(results.filter((r) => !r.ok && r.code === "rate-limited").length).toBeGreaterThanOrEqual(7);
    expect((await signInWithPassword(db, { email, password: PASSWORD, ip, now: NOW })).ok).toBe(false);
  });

  it("does not let someone else's failures lock the owner out: they sign in from their own address", async () => {
    const { db, email, user } = await staff();
    const attacker = uniqueIp();
    for (let i = 0; i < 12; i++) {
      await signInWithPassword(db, { email, password: `fel-${i}`, ip: attacker, now: NOW });
    }
    expect((await signInWithPassword(db, { email, password: PASSWORD, ip: attacker, now: NOW })).ok).toBe(
      false,
    );
    expect(await signInWithPassword(db, { email, password: PASSWORD, ip: uniqueIp(), now: NOW })).toEqual({
      ok: true,
      userId: user.id,
    });
  });

  it("slows an account guessed at from many addresses, longer each time, but never refuses its owner", async () => {
    const { db, email, user } = await staff();
    const waits: number[] = [];
    const wait = async (ms: number) => void waits.push(ms);
    for (let i = 0; i < 40; i++) {
      const r = await signInWithPassword(db, { email, password: `fel-${i}`, ip: uniqueIp(), now: NOW, wait });
      expect(r).toEqual({ ok: false, code: "bad-credentials" });
    }
    // 10 failures are free; then 250 ms, doubling, up to 10 s.
    expect(waits.slice(0, 7)).toEqual([250, 500, 1000, 2000, 4000, 8000, 10_000]);
    expect(waits).toHaveLength(30);
    expect(Math.max(...waits)).toBe(10_000);
    waits.length = 0;
    const owner = await signInWithPassword(db, { email, password: PASSWORD, ip: uniqueIp(), now: NOW, wait });
    expect(owner).toEqual({ ok: true, userId: user.id });
    expect(waits).toEqual([10_000]);
  });

  it("waits on the server between guesses at an account", async () => {
    const { db, email } = await staff();
    for (let i = 0; i < ACCOUNT_SLOWDOWN.free; i++)
      await signInWithPassword(db, { email, password: `fel-${i}`, ip: uniqueIp(), now: NOW });
    const started = Date.now();
    await signInWithPassword(db, { email, password: "fel", ip: uniqueIp(), now: NOW });
    expect(Date.now() - started).toBeGreaterThanOrEqual(ACCOUNT_SLOWDOWN.stepMs);
  });

  it("does not count successful sign-ins", async () => {
    const { db, email } = await staff();
    const ip = uniqueIp();
    for (let i = 0; i < 8; i++) {
      expect(await signInWithPassword(db, { email, password: PASSWORD, ip, now: NOW })).toMatchObject({
        ok: true,
      });
    }
  });

  it("refuses an address after 20 failures across accounts", async () => {
    const db = await getDb();
    const ip = uniqueIp();
    for (let i = 0; i < 20; i++) {
      await signInWithPassword(db, { email: uniqueEmail("spray"), password: "Sommar2024", ip, now: NOW });
    }
    const { email } = await staff();
    const refused = await signInWithPassword(db, { email, password: PASSWORD, ip, now: NOW });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.code).toBe("rate-limited");
  });
});
