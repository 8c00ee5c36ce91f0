import { describe, expect, it } from "vitest";
import type { Answers } from "@/lib/domain/intake/schema";
import { parseRegistrationNumber } from "@/lib/domain/registration-number";
import { getDb } from "@/lib/server/db/client";
import { sendRequest } from "@/lib/server/intake/send-request";
import { completeAnswers, unique, uniqueEmail } from "../factories";

async function draft(answers: Answers) {
  const db = await getDb();
  return db.request.create({ data: { kind: "COLLABORATION", status: "DRAFT", answers } });
}

describe("sending a request", () => {
  it("registers exactly once under concurrent sends, with one audit event and both mails", async () => {
    const db = await getDb();
    const email = uniqueEmail("send");
    const { id } = await draft(completeAnswers(email));
    const key = `key-${unique()}`;
    const results = await Promise.all(
      Array.from({ length: 5 }, () => sendRequest({ requestId: id, idempotencyKey: key, locale: "sv" })),
    );
    const numbers = new Set(results.map((r) => (r.ok ? r.registrationNumber : "failed")));
    expect(numbers.size).toBe(1);
    expect([...numbers][0]).toMatch(/^[\p{L}\p{N} -]+ \d{4}\/\d{4,}$/u); // any prefix: another file may change it

    const sent = await db.request.findUniqueOrThrow({ where: { id } });
    expect(sent).toMatchObject({
      status: "OPEN",
      step: "RECEIVED",
      subject: "Läxhjälp i biblioteket",
      themes: ["INTEGRATION"],
    });
    expect(await db.caseEvent.count({ where: { requestId: id, type: "SUBMITTED" } })).toBe(1);
    const mails = await db.outboxEmail.findMany({ where: { requestId: id } });
    expect(mails.map((m) => m.toAddress).sort()).toEqual([email, "lotsen@example.se"].sort());
    const receipt = mails.find((m) => m.toAddress === email)!;
    expect(receipt.textBody).toContain(sent.registrationNumber!);
    expect(receipt.textBody).toMatch(/\/status\/[A-Za-z0-9_-]{43}/);
  });

  it("numbers 50 requests sent at once without a gap, each with its own number in its event and mails", async () => {
    const db = await getDb();
    const drafts = await Promise.all(
      Array.from({ length: 50 }, () => draft(completeAnswers(uniqueEmail("many")))),
    );
    const results = await Promise.all(
      drafts.map(({ id }) => sendRequest({ requestId: id, idempotencyKey: `key-${unique()}`, locale: "sv" })),
    );
    const numbers = results.map((r) => (r.ok ? r.registrationNumber : "failed"));
    expect(new Set(numbers).size).toBe(50);
    for (const [i, { id }] of drafts.entries()) {
      const event = await db.caseEvent.findFirstOrThrow({ where: { requestId: id, type: "SUBMITTED" } });
      expect(event.data).toEqual({ registrationNumber: numbers[i] });
      const mails = await db.outboxEmail.findMany({ where: { requestId: id } });
      expect(mails).toHaveLength(2);
      for (const mail of mails) expect(`${mail.subject}\n${mail.textBody}`).toContain(numbers[i]);
      expect((await db.request.findUniqueOrThrow({ where: { id } })).registrationNumber).toBe(numbers[i]);
    }
    // Every number of the year's series (other tests send in it too) is taken by exactly one request.
    for (const series of new Set(
      numbers.map((n) => parseRegistrationNumber(n)!).map((p) => `${p.prefix}|${p.year}`),
    )) {
      const [prefix, year] = series.split("|") as [string, string];
      const counter = await db.registrationCounter.findUniqueOrThrow({
        where: { prefix_year: { prefix, year: Number(year) } },
      });
      const taken = await db.request.findMany({
        where: { registrationNumber: { startsWith: `${prefix} ${year}/` } },
        select: { registrationNumber: true },
      });
      const sequences = taken.map((r) => parseRegistrationNumber(r.registrationNumber!)!.sequence);
      expect(sequences.sort((a, b) => a - b)).toEqual(Array.from({ length: counter.last }, (_, i) => i + 1));
    }
  });

  it("answers two drafts sent at once with one key with one receipt, never an error", async () => {
    const db = await getDb();
    const answers = completeAnswers(uniqueEmail("twin"));
    const drafts = [await draft(answers), await draft(answers)];
    const key = `key-${unique()}`;
    const results = await Promise.all(
      drafts.map(({ id }) => sendRequest({ requestId: id, idempotencyKey: key, locale: "sv" })),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(new Set(results.map((r) => r.ok && r.registrationNumber)).size).toBe(1);
    const sent = await db.request.findMany({
      where: { id: { in: drafts.map((d) => d.id) }, status: "OPEN" },
    });
    expect(sent).toHaveLength(1);
    expect(await db.outboxEmail.count({ where: { requestId: sent[0]!.id } })).toBe(2);
  });

  it("refuses the same idempotency key on other content", async () => {
    const key = `key-${unique()}`;
    const first = await draft(completeAnswers(uniqueEmail("a")));
    expect((await sendRequest({ requestId: first.id, idempotencyKey: key, locale: "sv" })).ok).toBe(true);
    const second = await draft(completeAnswers(uniqueEmail("b")));
    expect(await sendRequest({ requestId: second.id, idempotencyKey: key, locale: "sv" })).toEqual({
      ok: false,
      code: "idempotencyConflict",
    });
    const db = await getDb();
    expect((await db.request.findUniqueOrThrow({ where: { id: second.id } })).status).toBe("DRAFT");
  });

  it("never lets an anonymous sender rename an organisation other cases show", async () => {
    const db = await getDb();
    const first = completeAnswers(uniqueEmail("org1"));
    const { id: a } = await draft(first);
    expect((await sendRequest({ requestId: a, idempotencyKey: `key-${unique()}`, locale: "sv" })).ok).toBe(
      true,
    );
    const second = completeAnswers(uniqueEmail("org2"));
    second.organisation = {
      ...second.organisation,
      orgNumber: first.organisation!.orgNumber!,
      name: "Kapad förening",
    };
    const { id: b } = await draft(second);
    expect((await sendRequest({ requestId: b, idempotencyKey: `key-${unique()}`, locale: "sv" })).ok).toBe(
      true,
    );
    const org = await db.organisation.findUniqueOrThrow({
      where: { orgNumber: first.organisation!.orgNumber as string },
    });
    expect(org.name).toBe(first.organisation!.name);
    // The second request keeps what its sender wrote in its own answers.
    const sent = await db.request.findUniqueOrThrow({ where: { id: b } });
    expect((sent.answers as Answers).organisation?.name).toBe("Kapad förening");
  });

  it("refuses an incomplete draft and stores nothing", async () => {
    const db = await getDb();
    const answers = completeAnswers(uniqueEmail("c"));
    delete answers.idea;
    const { id } = await draft(answers);
    const result = await sendRequest({ requestId: id, idempotencyKey: `key-${unique()}`, locale: "en" });
    expect(result).toEqual({ ok: false, code: "incomplete", sections: ["idea"] });
    expect(await db.outboxEmail.count({ where: { requestId: id } })).toBe(0);
    expect((await db.request.findUniqueOrThrow({ where: { id } })).registrationNumber).toBeNull();
  });
});
