import { describe, expect, it } from "vitest";
import { DEFAULT_RETENTION, RETENTION_RULES } from "@/lib/domain/retention";
import { staffActor, SYSTEM_ACTOR } from "@/lib/server/audit/record";
import type { Db } from "@/lib/server/db/client";
import { createSentRequest } from "@/lib/server/db/factories";
import { addAttachment } from "@/lib/server/files/attachments";
import { enqueueEmail } from "@/lib/server/mail/outbox";
import { pseudonymiseRequest } from "@/lib/server/privacy/erase";
import { recordRead } from "@/lib/server/records/read-log";
import { parseReadLogFilter, searchReadLog } from "@/lib/server/records/read-log-query";
import { setLegalHold } from "@/lib/server/retention/legal-hold";
import { MAIL_MARKER } from "@/lib/server/retention/rules";
import { retentionDryRun, runRetention } from "@/lib/server/retention/run";
import { getRetentionSchedule, saveRetentionSchedule } from "@/lib/server/retention/schedule";
import { requestSeed, staffMember, unique, uniqueEmail } from "../factories";
import { findEverywhere } from "../support/find-everywhere";
import { ownDatabaseBeforeAll } from "../support/fresh-database";

// Retention acts on everything past its period, so on PostgreSQL this file has a database of its
// own: a run three years ahead must not touch other files' records (and the counts are exact).
let db: Db;

ownDatabaseBeforeAll("retention", (database) => {
  db = database;
});

const DAY = 86_400_000;

async function endedRequest(kind: "COLLABORATION" | "QUESTION", outcome: "GRANTED" | "DECLINED" | "CLOSED") {
  const { request } = await createSentRequest(db, requestSeed({ kind }));
  await db.request.update({ where: { id: request.id }, data: { status: "ENDED", outcome } });
  return { id: request.id, number: request.registrationNumber! };
}

describe("the read log", () => {
  it("records each opening, is searchable by person, case and day, and refuses changes", async () => {
    const reader = await staffMember(["LOTS"]);
    const other = await staffMember(["DIRECTOR"]);
    const { request } = await createSentRequest(db, requestSeed());
    await recordRead({ staffId: reader, entity: "case", entityId: request.id, caseId: request.id });
    await recordRead({ staffId: reader, entity: "case_export", entityId: "all" });
    await recordRead({ staffId: other, entity: "case", entityId: request.id, caseId: request.id });

    const byPerson = await searchReadLog(parseReadLogFilter({ staffId: reader }));
    expect(byPerson.rows.map((r) => r.entity).sort()).toEqual(["case", "case_export"]);
    expect(byPerson.rows[0]?.staffName).toMatch(/^Medarbetare/);
    const byCase = await searchReadLog(
      parseReadLogFilter({ case: request.registrationNumber!.toLowerCase() }),
    );
    expect(byCase.rows.map((r) => r.staffId).sort()).toEqual([reader, other].sort());
    expect(byCase.rows[0]?.registrationNumber).toBe(request.registrationNumber);
    // The filter reads days as Swedish calendar days; in UTC the date differs for an hour or two.
    const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" });
    const byDay = await searchReadLog(parseReadLogFilter({ staffId: other, from: today, to: today }));
    expect(byDay.total).toBe(1);
    const earlier = await searchReadLog(parseReadLogFilter({ staffId: other, to: "2020-01-01" }));
    expect(earlier.total).toBe(0);
    expect((await searchReadLog(parseReadLogFilter({ case: "XX 1999/0001" }))).unknownCase).toBe(true);

    await expect(
      db.$executeRaw`UPDATE read_log SET staff_id = ${other}::uuid WHERE staff_id = ${reader}::uuid`,
    ).rejects.toThrow(/append-only/);
    await expect(db.readLog.deleteMany({ where: { staffId: reader } })).rejects.toThrow(/append-only/);
    expect((await searchReadLog(parseReadLogFilter({ staffId: reader }))).total).toBe(2);
  });
});

describe("the retention schedule", () => {
  it("has the defaults until saved, and a saved change is audited field by field", async () => {
    const admin = await staffMember(["ADMIN"]);
    expect(await getRetentionSchedule()).toEqual(DEFAULT_RETENTION);
    await saveRetentionSchedule({ ...DEFAULT_RETENTION, readLog: { days: 365, action: "delete" } }, admin);
    expect((await getRetentionSchedule()).readLog.days).toBe(365);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entity: "setting", entityId: "retention", actorId: admin },
    });
    expect(audit.changes).toMatchObject({ "readLog.days": { to: 365 } });
    await saveRetentionSchedule(DEFAULT_RETENTION, admin);
  });
});

describe("a retention run", () => {
  it("does exactly what the dry run listed, once across two runs, one audit row each, and never touches a case on hold", async () => {
    const lots = await staffMember(["LOTS"]);
    // A draft never sent, with a file and a mail; and one under a legal hold can only be set on
    // a registered case, so the held cases below are sent ones.
    const draft = await db.request.create({ data: { kind: "COLLABORATION", status: "DRAFT" } });
    const pdf = new File([Buffer.from("%PDF-1.4\n%%EOF\n")], "a.pdf");
    const added = await addAttachment(db, { requestId: draft.id, file: pdf, uploadedBy: "APPLICANT" });
    if (!added.ok) throw new Error(added.code);
    await enqueueEmail(db, { to: uniqueEmail(), subject: "länk", text: "länk", requestId: draft.id });
    await db.$executeRaw`UPDATE request SET updated_at = now() - interval '91 days' WHERE id = ${draft.id}::uuid`;
    const freshDraft = await db.request.create({ data: { kind: "COLLABORATION", status: "DRAFT" } });

    const question = await endedRequest("QUESTION", "CLOSED");
    const declined = await endedRequest("COLLABORATION", "DECLINED");
    const held = await endedRequest("COLLABORATION", "DECLINED");
    const granted = await endedRequest("COLLABORATION", "GRANTED");
    expect(
      await setLegalHold({ registrationNumber: held.number, hold: true, reason: "Tvist" }, lots),
    ).toMatchObject({
      ok: true,
      changed: true,
    });
    // A second click changes nothing and writes nothing.
    expect(
      await setLegalHold({ registrationNumber: held.number, hold: true, reason: "Tvist" }, lots),
    ).toMatchObject({
      changed: false,
    });
    expect(await db.auditEvent.count({ where: { entityId: held.id, action: "legal_hold_set" } })).toBe(1);

    // A sent mail to an address found nowhere else.
    const address = uniqueEmail(`gallra-${unique()}`);
    const mail = await enqueueEmail(db, { to: address, subject: `Hej ${address}`, text: `Till ${address}` });
    await db.outboxEmail.update({ where: { id: mail.id }, data: { status: "SENT", sentAt: new Date() } });
    await db.rateLimit.create({ data: { key: `test:${unique()}`, windowStart: new Date(), count: 1 } });
    await recordRead({ staffId: lots, entity: "case", entityId: held.id, caseId: held.id });
    await recordRead({ staffId: lots, entity: "case", entityId: declined.id, caseId: declined.id });

    // Today only the aged draft is due.
    const today = Object.fromEntries((await retentionDryRun()).map((r) => [r.rule, r]));
    expect(today.drafts!.items.map((i) => i.id)).toEqual([draft.id]);
    expect(today.declinedRequests!.count).toBe(0);

    // Three years on: everything above is past its default period.
    const now = new Date(Date.now() + 3 * 365 * DAY);
    const dry = Object.fromEntries((await retentionDryRun(now)).map((r) => [r.rule, r]));
    expect(dry.drafts!.items.map((i) => i.id).sort()).toEqual([draft.id, freshDraft.id].sort());
    expect(dry.answeredQuestions!.items.map((i) => i.label)).toEqual([question.number]);
    expect(dry.declinedRequests!.items.map((i) => i.label)).toEqual([declined.number]);
    expect(dry.grantedRequests).toMatchObject({ action: "keep", count: 0 });
    expect(dry.mailBodies!.items.map((i) => i.id)).toContain(mail.id);
    expect(dry.rateLimits!.count).toBeGreaterThanOrEqual(1);
    // Every read-log row but the held case's.
    expect(dry.readLog!.count).toBe((await db.readLog.count()) - 1);
    const since = (await db.auditEvent.aggregate({ _max: { id: true } }))._max.id ?? 0n;

    const runs = await Promise.all([runRetention(now), runRetention(now)]);
    for (const rule of RETENTION_RULES) expect(runs[0]![rule] + runs[1]![rule], rule).toBe(dry[rule]!.count);

    const audit = await db.auditEvent.findMany({
      where: { id: { gt: since }, action: { startsWith: "retention_" } },
    });
    const rowsFor = (id: string) => audit.filter((a) => a.entityId === id).map((a) => a.action);
    expect(rowsFor(draft.id)).toEqual(["retention_deleted"]);
    expect(rowsFor(question.id)).toEqual(["retention_pseudonymised"]);
    expect(rowsFor(declined.id)).toEqual(["retention_pseudonymised"]);
    expect(rowsFor(mail.id)).toEqual(["retention_redacted"]);
    expect(rowsFor("rateLimits")).toEqual(["retention_deleted"]);
    expect(rowsFor("readLog")).toEqual(["retention_deleted"]);
    for (const untouched of [held.id, granted.id]) expect(rowsFor(untouched)).toEqual([]);
    // Every row the run wrote is one the dry run announced.
    const announced = new Set([
      ...Object.values(dry).flatMap((r) => r.items.map((i) => i.id)),
      "rateLimits",
      "readLog",
    ]);
    expect(audit.filter((a) => !announced.has(a.entityId))).toEqual([]);

    expect(await db.request.findUnique({ where: { id: draft.id } })).toBeNull();
    expect(await db.request.findUniqueOrThrow({ where: { id: held.id } })).toMatchObject({ legalHold: true });
    expect(await db.caseEvent.count({ where: { requestId: held.id, type: "PERSONAL_DATA_ERASED" } })).toBe(0);
    // The data protection officer's erasure honours the hold as well (lib/server/privacy/erasable.ts).
    expect(
      await db.$transaction((tx) => pseudonymiseRequest(tx, held.id, SYSTEM_ACTOR, "data_subject_request")),
    ).toEqual({ ok: false, code: "legalHold" });
    expect(
      await db.caseEvent.count({ where: { requestId: declined.id, type: "PERSONAL_DATA_ERASED" } }),
    ).toBe(1);
    expect(await db.readLog.count({ where: { caseId: held.id } })).toBe(1);
    expect(await db.readLog.count({ where: { caseId: declined.id } })).toBe(0);
    const redacted = await db.outboxEmail.findUniqueOrThrow({ where: { id: mail.id } });
    expect(redacted).toMatchObject({ toAddress: MAIL_MARKER, subject: MAIL_MARKER, status: "SENT" });
    expect(redacted.sentAt).not.toBeNull();
    expect(await findEverywhere(db, address)).toEqual([]);

    // Nothing is left for a next run, and the granted case was never touched.
    const again = await retentionDryRun(now);
    expect(again.filter((r) => r.count > 0).map((r) => r.rule)).toEqual([]);
    expect(await db.caseEvent.count({ where: { requestId: granted.id, type: "PERSONAL_DATA_ERASED" } })).toBe(
      0,
    );
  });
});

describe("a run asked for by staff", () => {
  it("is recorded under that person with what each rule did, even when it removed nothing", async () => {
    const admin = await staffMember(["ADMIN"]);
    const done = await runRetention(new Date(), staffActor(admin));
    const row = await db.auditEvent.findFirstOrThrow({
      where: { entity: "retention", entityId: "run", actorId: admin },
    });
    expect(row.action).toBe("run_now");
    expect(row.changes).toEqual(
      Object.fromEntries(RETENTION_RULES.map((rule) => [rule, { to: done[rule] }])),
    );
  });
});
