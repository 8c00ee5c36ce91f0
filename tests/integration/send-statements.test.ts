import { describe, expect, it } from "vitest";
import type { Db } from "@/lib/server/db/client";
import { completeAnswers, unique, uniqueEmail } from "../factories";
import { statementsOf } from "../support/count-statements";
import { ownDatabaseBeforeAll } from "../support/fresh-database";

// How many SQL statements a send costs, pinned: every statement is a round trip, and on the embedded
// database every statement waits for all others. A change that adds one fails here; lower the
// numbers when a change saves one. A database of its own: an active webhook endpoint made by
// another file would add the statements that queue its deliveries.

let db: Db;
// The modules under test, imported once the file's database is set.
const load = async () => ({
  save: await import("@/lib/server/intake/save-section"),
  send: await import("@/lib/server/intake/send-request"),
  rate: await import("@/lib/server/rate-limit"),
});
let m: Awaited<ReturnType<typeof load>>;

ownDatabaseBeforeAll("send_statements", async (database) => {
  db = database;
  m = await load();
});

const headers = () => new Headers({ "x-forwarded-for": `10.9.${Math.floor(Math.random() * 250)}.7` });

describe("the statements of a send", () => {
  it("a question, once its draft exists: 12 (save, rate limit, 2 reads, 7 in the transaction, commit)", async () => {
    const { id } = await db.request.create({ data: { kind: "QUESTION", status: "DRAFT", language: "sv" } });
    const email = uniqueEmail("count");
    // What app/api/question/route.ts runs after it has found or started the draft.
    const { result, statements } = await statementsOf(async () => {
      const saved = await m.save.saveSection(id, "question", {
        name: "Räkna Satser",
        email,
        phone: "",
        organisation: "",
        question: "Hur många satser kostar en fråga?",
      });
      await m.rate.checkRateLimit(db, "question", headers());
      return m.send.sendRequest({
        requestId: id,
        idempotencyKey: `key-${unique()}`,
        locale: "sv",
        draft: saved,
      });
    });
    expect(result.ok).toBe(true);
    expect(statements, statements.join("\n\n")).toHaveLength(12);
    // Nothing was saved by leaving it out: the number, its event, both mails and document 1.
    const number = result.ok ? result.registrationNumber : "";
    expect(await db.caseEvent.count({ where: { requestId: id, type: "SUBMITTED" } })).toBe(1);
    const mails = await db.outboxEmail.findMany({ where: { requestId: id } });
    expect(mails.map((mail) => mail.toAddress).sort()).toEqual([email, "lotsen@example.se"].sort());
    for (const mail of mails) expect(`${mail.subject}\n${mail.textBody}`).toContain(number);
    expect(await db.caseDocument.count({ where: { requestId: id } })).toBe(1);
  });

  it("a new question sent in one go: 11 (rate limit, 2 reads, 7 in the transaction, commit), no draft row", async () => {
    const email = uniqueEmail("fast");
    const idempotencyKey = `key-${unique()}`;
    const values = {
      name: "Snabb Fråga",
      email,
      phone: "",
      organisation: "",
      question: "Går en fråga fortare utan utkast?",
    };
    const send = () =>
      m.send.sendNewQuestion({ values, idempotencyKey, locale: "sv", browserToken: `token-${unique()}` });
    // What lib/server/intake/ask-question.ts runs for a browser that holds no question draft.
    const { result, statements } = await statementsOf(async () => {
      await m.rate.checkRateLimit(db, "question", headers());
      return send();
    });
    expect(result.ok).toBe(true);
    expect(statements, statements.join("\n\n")).toHaveLength(11);
    const sent = await db.request.findUniqueOrThrow({ where: { idempotencyKey } });
    expect(sent).toMatchObject({ kind: "QUESTION", status: "OPEN", step: "RECEIVED" });
    expect(await db.caseEvent.count({ where: { requestId: sent.id, type: "SUBMITTED" } })).toBe(1);
    expect(await db.outboxEmail.count({ where: { requestId: sent.id } })).toBe(2);
    // The same form posted again: the key is taken, nothing more is stored, no number is used up.
    const counters = await db.registrationCounter.findMany();
    expect(await send()).toEqual({ ok: false, code: "keyTaken" });
    expect(await db.request.count({ where: { idempotencyKey } })).toBe(1);
    expect(await db.registrationCounter.findMany()).toEqual(counters);
  });

  it("a request from the form, its draft read by the route: 13 (one more for its organisation, one for its files)", async () => {
    const draft = await db.request.create({
      data: { kind: "COLLABORATION", status: "DRAFT", answers: completeAnswers(uniqueEmail("count")) },
    });
    // What app/api/intake/send/route.ts runs after reading the browser's draft.
    const { result, statements } = await statementsOf(async () => {
      await m.rate.checkRateLimit(db, "send", headers());
      return m.send.sendRequest({
        requestId: draft.id,
        idempotencyKey: `key-${unique()}`,
        locale: "sv",
        draft,
      });
    });
    expect(result.ok).toBe(true);
    expect(statements, statements.join("\n\n")).toHaveLength(13);
  });

  it("a stale copy of the draft costs a read, never a send of old answers", async () => {
    const draft = await db.request.create({
      data: { kind: "COLLABORATION", status: "DRAFT", answers: completeAnswers(uniqueEmail("stale")) },
    });
    // An autosave lands after the route read the draft: the copy's version is old.
    await m.save.saveSection(draft.id, "idea", { title: "Ny titel", description: "Sparad efter läsningen." });
    const result = await m.send.sendRequest({
      requestId: draft.id,
      idempotencyKey: `key-${unique()}`,
      locale: "sv",
      draft,
    });
    expect(result.ok).toBe(true);
    expect(await db.request.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({
      subject: "Ny titel",
      status: "OPEN",
    });
  });
});
