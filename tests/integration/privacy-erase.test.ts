import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db/client";
import { SYSTEM_ACTOR } from "@/lib/server/audit/record";
import { pseudonymiseRequest } from "@/lib/server/privacy/erase";
import { createSentRequest } from "@/lib/server/db/factories";
import { requestSeed } from "../factories";
import { databaseWithPerson, requestFullOfPersonalData } from "../factories/personal-data";
import { migrateBeforeAll } from "../support/fresh-database";
import { findEverywhere } from "../support/find-everywhere";

migrateBeforeAll();

describe("pseudonymiseRequest", () => {
  it("leaves no trace of the person anywhere in the database, while the case's number, dates and events remain", async () => {
    const { db, person } = await databaseWithPerson();
    // The seed really put the address in many tables: the search would otherwise prove nothing.
    const before = await findEverywhere(db, person.email);
    expect(before.map((t) => t.table)).toEqual(
      expect.arrayContaining([
        "contact_person",
        "request",
        "message",
        "outbox_email",
        "stored_file",
        "partnership_party",
      ]),
    );
    const eventsBefore = await db.caseEvent.findMany({
      where: { requestId: person.requestId },
      orderBy: { id: "asc" },
    });
    const requestBefore = await db.request.findUniqueOrThrow({ where: { id: person.requestId } });

    const result = await db.$transaction((tx) =>
      pseudonymiseRequest(tx, person.requestId, SYSTEM_ACTOR, "retention"),
    );
    expect(result.ok).toBe(true);

    for (const needle of [person.email, person.name, person.phone, person.orgNumber])
      expect(await findEverywhere(db, needle), needle).toEqual([]);
    const after = await db.request.findUniqueOrThrow({
      where: { id: person.requestId },
      include: { contact: true, messages: true, attachments: true },
    });
    expect(after).toMatchObject({
      registrationNumber: person.registrationNumber,
      receivedAt: requestBefore.receivedAt,
      step: requestBefore.step,
      outcome: "DECLINED",
      subject: expect.stringMatching(/^\[raderad \d{4}-\d{2}-\d{2}\]$/),
    });
    expect(after.contact?.email).toMatch(/^\[raderad/);
    expect(after.messages[0]?.body).toMatch(/^\[raderad/);
    const events = await db.caseEvent.findMany({
      where: { requestId: person.requestId },
      orderBy: { id: "asc" },
    });
    expect(events.slice(0, eventsBefore.length)).toEqual(eventsBefore);
    expect(events.at(-1)).toMatchObject({
      type: "PERSONAL_DATA_ERASED",
      data: { basis: "retention" },
      actorType: "SYSTEM",
    });
  });

  it("keeps the form's codes in the answers", async () => {
    const { db, person } = await databaseWithPerson();
    await db.$transaction((tx) => pseudonymiseRequest(tx, person.requestId, SYSTEM_ACTOR, "retention"));
    const { answers } = await db.request.findUniqueOrThrow({ where: { id: person.requestId } });
    expect(answers).toMatchObject({
      organisation: { form: "ASSOCIATION", orgNumber: expect.stringMatching(/^\[raderad/) },
      themes: { themes: ["INTEGRATION"] },
      organisationStructure: { volunteers: "10" },
    });
  });

  it("refuses a granted case, an open case and an unknown id, changing nothing", async () => {
    const db = await getDb();
    const granted = await requestFullOfPersonalData(db);
    await db.request.update({ where: { id: granted.requestId }, data: { outcome: "GRANTED" } });
    const open = (await createSentRequest(db, requestSeed())).request;
    const erase = (id: string) =>
      db.$transaction((tx) => pseudonymiseRequest(tx, id, SYSTEM_ACTOR, "retention"));
    expect(await erase(granted.requestId)).toEqual({ ok: false, code: "archiveDuty" });
    expect(await erase(open.id)).toEqual({ ok: false, code: "open" });
    expect(await erase("00000000-0000-4000-8000-000000000000")).toEqual({ ok: false, code: "notFound" });
    expect((await findEverywhere(db, granted.email)).length).toBeGreaterThan(3);
    expect(
      await db.caseEvent.count({ where: { requestId: granted.requestId, type: "PERSONAL_DATA_ERASED" } }),
    ).toBe(0);
  });

  it("keeps an organisation another case still uses, and detaches nothing from that case", async () => {
    const db = await getDb();
    const first = await requestFullOfPersonalData(db);
    const other = (
      await createSentRequest(
        db,
        requestSeed({
          organisation: { name: "Delad förening", orgNumber: first.orgNumber, form: "ASSOCIATION" },
        }),
      )
    ).request;
    await db.$transaction((tx) =>
      pseudonymiseRequest(tx, first.requestId, SYSTEM_ACTOR, "data_subject_request"),
    );
    const org = await db.organisation.findUniqueOrThrow({ where: { id: other.organisationId! } });
    expect(org.orgNumber).toBe(first.orgNumber);
  });
});
