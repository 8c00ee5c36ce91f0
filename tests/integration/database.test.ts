import { describe, expect, it } from "vitest";
import { getDb, getDbKind } from "@/lib/server/db/client";
import { createSentRequest } from "@/lib/server/db/factories";
import { formatRegistrationNumber } from "@/lib/domain/registration-number";
import { nextRegistrationNumber, numberRequest } from "@/lib/server/registration";
import { requestSeed, unique, uniquePrefix } from "../factories";

describe("database", () => {
  it("runs on the database the environment names", async () => {
    expect(await getDbKind()).toBe(process.env.DATABASE_URL ? "postgresql" : "embedded");
    const rows = await (
      await getDb()
    ).$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`;
    expect(rows.map((r) => r.migration_name)).toContain("20261123141234_init");
  });

  it("creates a sent request with its registration number and audit trail", async () => {
    const db = await getDb();
    const seed = requestSeed({ step: "PRESENTED" });
    const { request, accessToken } = await createSentRequest(db, seed);
    expect(request.registrationNumber).toBe(`${seed.prefix} ${new Date().getFullYear()}/0001`);
    expect(request.accessTokenHash).not.toContain(accessToken);
    const events = await db.caseEvent.findMany({ where: { requestId: request.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.type)).toEqual(["SUBMITTED", "STEP_CHANGED", "STEP_CHANGED", "STEP_CHANGED"]);
    expect(events.at(-1)).toMatchObject({ fromStep: "EXPERTS_CONSULTED", toStep: "PRESENTED" });
  });

  it("refuses to change or delete an audit event", async () => {
    const db = await getDb();
    const { request } = await createSentRequest(db, requestSeed());
    const event = await db.caseEvent.findFirstOrThrow({ where: { requestId: request.id } });
    await expect(db.caseEvent.update({ where: { id: event.id }, data: { type: "FORGED" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db.caseEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    expect(await db.caseEvent.findUnique({ where: { id: event.id } })).toMatchObject({ type: "SUBMITTED" });
  });

  it("hands out registration numbers without gaps, even concurrently and after a rollback", async () => {
    const db = await getDb();
    const prefix = uniquePrefix();
    const year = 2031;
    // A transaction that takes a number and then fails must give the number back.
    await expect(
      db.$transaction(async (tx) => {
        await nextRegistrationNumber(tx, prefix, year);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    const numbers = await Promise.all(
      Array.from({ length: 20 }, () => db.$transaction((tx) => nextRegistrationNumber(tx, prefix, year))),
    );
    const expected = Array.from(
      { length: 20 },
      (_, i) => `${prefix} ${year}/${String(i + 1).padStart(4, "0")}`,
    );
    expect(numbers.sort()).toEqual(expected);
  });

  it("numbers a request in SQL exactly as formatRegistrationNumber writes the number", async () => {
    const db = await getDb();
    // A quote in the prefix: the number must also land intact inside the event's JSON.
    const prefix = `Q"${unique().slice(0, 6)}`;
    const year = 2032;
    for (const sequence of [1, 42, 9999, 10000, 123456]) {
      await db.registrationCounter.upsert({
        where: { prefix_year: { prefix, year } },
        update: { last: sequence - 1 },
        create: { prefix, year, last: sequence - 1 },
      });
      const { id } = await db.request.create({ data: { kind: "QUESTION", status: "OPEN" } });
      const number = await db.$transaction((tx) =>
        numberRequest(tx, { requestId: id, prefix, year, standIn: "#stand-in#", webhookEventIds: [] }),
      );
      expect(number).toBe(formatRegistrationNumber(prefix, year, sequence));
      expect((await db.request.findUniqueOrThrow({ where: { id } })).registrationNumber).toBe(number);
      const event = await db.caseEvent.findFirstOrThrow({ where: { requestId: id, type: "SUBMITTED" } });
      expect(event.data).toEqual({ registrationNumber: number });
    }
  });
});
