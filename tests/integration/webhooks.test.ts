import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { afterEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/server/db/client";
import { completeAnswers, requestSeed, unique, uniqueEmail } from "../factories";
import { ownDatabaseBeforeAll } from "../support/fresh-database";
import { startWebhookReceiver, type WebhookReceiver } from "../support/webhook-receiver";

// Webhooks end to end below the browser: the real verbs queue events, the delivery run posts them
// to a real HTTP receiver on 127.0.0.1 that checks signature and timestamp, and the body is checked
// against the published schema. The worker's clock (`now`) is driven by the test, not slept through.
// A database of its own: the delivery runs take every due row, and other files' cases would queue
// events for the endpoints made here.

const schema = JSON.parse(
  readFileSync(new URL("../../docs/schemas/webhook-events.schema.json", import.meta.url), "utf8"),
) as object;
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

let db: Db;
// The modules under test, imported once the file's database is set.
const load = async () => ({
  deliver: await import("@/lib/server/webhooks/deliver"),
  enqueue: await import("@/lib/server/webhooks/enqueue"),
  create: await import("@/lib/server/webhooks/create-endpoint"),
  update: await import("@/lib/server/webhooks/update-endpoint"),
  rotate: await import("@/lib/server/webhooks/rotate-secret"),
  retry: await import("@/lib/server/webhooks/retry-delivery"),
  view: await import("@/lib/server/webhooks/admin-view"),
  factories: await import("@/lib/server/db/factories"),
  send: await import("@/lib/server/intake/send-request"),
  act: await import("@/lib/server/staff/perform-action"),
  status: await import("@/lib/server/intake/status"),
  applicant: await import("@/lib/server/intake/applicant-actions"),
});
let m: Awaited<ReturnType<typeof load>>;
const receivers: WebhookReceiver[] = [];

ownDatabaseBeforeAll("webhooks", async (database) => {
  db = database;
  m = await load();
});

afterEach(async () => {
  // Each test's endpoints stop receiving, so the next test's runs touch only its own.
  await db.webhookEndpoint.updateMany({ data: { active: false } });
  for (const r of receivers.splice(0)) await r.stop();
});

const ALL = ["case.registered", "document.registered", "step.changed", "decision"] as const;

async function admin() {
  return m.factories.createStaffUser(db, { email: uniqueEmail("admin"), name: "Admin", roles: ["ADMIN"] });
}

/** A receiver and an endpoint pointing at it, made through the administrators' verb. */
async function endpoint(events: readonly (typeof ALL)[number][] = ALL) {
  const receiver = await startWebhookReceiver();
  receivers.push(receiver);
  const user = await admin();
  const { id, secret } = await m.create.createWebhookEndpoint(
    { url: receiver.url, events: [...events], active: true },
    user.id,
  );
  receiver.secret = secret;
  return { receiver, id, userId: user.id };
}

/** One delivery run at `now`, with the receiver's clock set to the same moment. */
async function runAt(now: Date, ...rs: WebhookReceiver[]) {
  for (const r of rs) r.clock = () => Math.floor(now.getTime() / 1000);
  return m.deliver.deliverDueWebhooks(db, { now, limit: 50, timeoutMs: 2_000 });
}

/** A decision event for a new case, with no collaboration form (declined or closed). */
const enqueueDecision = (registrationNumber: string, outcome: "DECLINED" | "CLOSED") =>
  m.enqueue.enqueueWebhookEvent(db, "decision", {
    caseId: crypto.randomUUID(),
    registrationNumber,
    outcome,
    collaborationForm: null,
    decidedAt: new Date().toISOString(),
  });

const minutes = (base: Date, n: number) => new Date(base.getTime() + n * 60_000);

describe("webhook events", () => {
  it("delivers each event type with a body that matches the published schema and a signature the receiver accepts", async () => {
    const { receiver } = await endpoint();
    const email = uniqueEmail("hook");
    const draft = await db.request.create({
      data: { kind: "COLLABORATION", status: "DRAFT", answers: completeAnswers(email) },
    });
    const sent = await m.send.sendRequest({
      requestId: draft.id,
      idempotencyKey: `k-${unique()}`,
      locale: "sv",
    });
    expect(sent.ok).toBe(true);
    const number = sent.ok ? sent.registrationNumber : "";

    const lots = await m.factories.createStaffUser(db, {
      email: uniqueEmail("lots"),
      name: "L",
      roles: ["LOTS"],
    });
    const reviewed = await m.act.performAction(
      { id: lots.id, roles: ["LOTS"] },
      {
        requestId: draft.id,
        expectedVersion: (await db.request.findUniqueOrThrow({ where: { id: draft.id } })).version,
        action: "review",
        payload: { meetingDate: "2026-11-20", participants: "Maja", summary: "Bra" },
      },
    );
    expect(reviewed).toEqual({ ok: true });

    const committee = await m.factories.createStaffUser(db, {
      email: uniqueEmail("nämnd"),
      name: "N",
      roles: ["COMMITTEE"],
    });
    const { request: atCommittee } = await m.factories.createSentRequest(
      db,
      requestSeed({ step: "COMMITTEE" }),
    );
    const granted = await m.act.performAction(
      { id: committee.id, roles: ["COMMITTEE"] },
      {
        requestId: atCommittee.id,
        expectedVersion: atCommittee.version,
        action: "committeeGrant",
        payload: { meetingDate: "2026-11-25", form: "IOP", reason: "Beviljas" },
      },
    );
    expect(granted).toEqual({ ok: true });

    const now = new Date();
    const run = await runAt(now, receiver);
    expect(run).toEqual({ delivered: receiver.events.length, retried: 0, failed: 0 });
    expect(receiver.refused).toEqual([]);
    expect([...new Set(receiver.events.map((e) => e.eventType))].sort()).toEqual([...ALL].sort());
    for (const event of receiver.events) {
      expect(validate(event.json), JSON.stringify(validate.errors)).toBe(true);
      expect(event.json.id).toBe(event.eventId);
      expect(event.json.type).toBe(event.eventType);
      expect(event.timestamp).toBe(Math.floor(now.getTime() / 1000));
      // No personal data: neither the applicant's address nor the organisation's name.
      expect(event.body).not.toContain(email);
      expect(event.body).not.toContain("Test Testsson");
    }
    // The request itself is document 1 of its case; its number was written in the same transaction.
    const documents = receiver.events
      .filter((e) => e.eventType === "document.registered")
      .map((e) => e.json.data as Record<string, unknown>);
    expect(documents).toContainEqual(
      expect.objectContaining({
        caseId: draft.id,
        registrationNumber: number,
        documentNumber: `${number}-1`,
        direction: "IN",
        kind: "REQUEST",
      }),
    );
    const byType = Object.fromEntries(
      receiver.events
        .filter((e) => e.eventType !== "document.registered")
        .map((e) => [e.eventType, e.json.data]),
    );
    expect(byType["case.registered"]).toMatchObject({
      caseId: draft.id,
      registrationNumber: number,
      step: "RECEIVED",
    });
    expect(byType["step.changed"]).toMatchObject({ caseId: draft.id, from: "RECEIVED", to: "REVIEWED" });
    expect(byType["decision"]).toMatchObject({
      caseId: atCommittee.id,
      registrationNumber: atCommittee.registrationNumber,
      outcome: "GRANTED",
      collaborationForm: "IOP",
    });
    // A second run finds nothing due: every delivery is done.
    expect(await runAt(minutes(now, 60), receiver)).toEqual({ delivered: 0, retried: 0, failed: 0 });
  });

  it("reports an applicant's withdrawal as the case's final outcome", async () => {
    const { receiver } = await endpoint(["decision", "step.changed"]);
    const { request, accessToken } = await m.factories.createSentRequest(
      db,
      requestSeed({ step: "REVIEWED" }),
    );
    const open = await m.status.requestByStatusToken(accessToken);
    expect(await m.applicant.withdrawRequest(open!, "Vi hann inte", accessToken)).toBe(true);
    // Posted again, from the stale page or from the page read anew, it changes nothing and reports nothing.
    expect(await m.applicant.withdrawRequest(open!, "Igen", accessToken)).toBe(false);
    const ended = await m.status.requestByStatusToken(accessToken);
    expect(await m.applicant.withdrawRequest(ended!, "Igen", accessToken)).toBe(false);
    expect(await runAt(new Date(), receiver)).toEqual({ delivered: 1, retried: 0, failed: 0 });
    const [event] = receiver.events;
    expect(validate(event!.json), JSON.stringify(validate.errors)).toBe(true);
    expect(event!.json.data).toMatchObject({
      caseId: request.id,
      registrationNumber: request.registrationNumber,
      outcome: "WITHDRAWN",
      collaborationForm: null,
    });
    expect(event!.body).not.toContain("Vi hann inte");
  });

  it("the schema refuses a body with personal data or a missing field", () => {
    const base = {
      id: "0b8f5c7e-4f44-4d1a-9a53-2f4f6f0b1c2d",
      type: "step.changed",
      occurredAt: "2026-11-30T10:00:00.000Z",
      data: {
        caseId: "0b8f5c7e-4f44-4d1a-9a53-2f4f6f0b1c2d",
        registrationNumber: "KS 2026/0042",
        from: "RECEIVED",
        to: "REVIEWED",
        changedAt: "2026-11-30T10:00:00.000Z",
      },
    };
    expect(validate(base)).toBe(true);
    expect(validate({ ...base, data: { ...base.data, email: "a@b.se" } })).toBe(false);
    expect(validate({ ...base, data: { ...base.data, to: undefined } })).toBe(false);
    expect(validate({ ...base, data: { ...base.data, to: "a@b.se" } })).toBe(false);
    expect(validate({ ...base, data: { ...base.data, to: "NEW_STEP" } })).toBe(true);
    expect(validate({ ...base, type: "decision" })).toBe(false);
  });

  it("writes nothing for a paused endpoint or one not subscribed, and holds a paused endpoint's deliveries", async () => {
    const { receiver, id, userId } = await endpoint(["decision"]);
    const data = {
      caseId: crypto.randomUUID(),
      registrationNumber: "KS 2026/0001",
      from: "RECEIVED",
      to: "REVIEWED",
      changedAt: new Date().toISOString(),
    } as const;
    expect((await m.enqueue.enqueueWebhookEvent(db, "step.changed", data)).deliveries).toBe(0);
    const decision = {
      caseId: data.caseId,
      registrationNumber: data.registrationNumber,
      outcome: "DECLINED",
      collaborationForm: null,
      decidedAt: data.changedAt,
    } as const;
    expect((await m.enqueue.enqueueWebhookEvent(db, "decision", decision)).deliveries).toBe(1);
    await m.update.updateWebhookEndpoint(
      id,
      { url: receiver.url, events: ["decision"], active: false },
      userId,
    );
    const now = new Date();
    expect(await runAt(now, receiver)).toEqual({ delivered: 0, retried: 0, failed: 0 });
    expect((await m.enqueue.enqueueWebhookEvent(db, "decision", decision)).deliveries).toBe(0);
    await m.update.updateWebhookEndpoint(
      id,
      { url: receiver.url, events: ["decision"], active: true },
      userId,
    );
    expect(await runAt(now, receiver)).toEqual({ delivered: 1, retried: 0, failed: 0 });
    const audit = await db.auditEvent.findMany({
      where: { entity: "webhook", entityId: id },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["created", "updated", "updated"]);
    expect(audit[1]!.changes).toEqual({ active: { from: true, to: false } });
  });

  it("reaches a receiver that was down (connection refused, then 500s) once it is back, with the same event id", async () => {
    const { receiver } = await endpoint(["decision"]);
    const { eventId } = await enqueueDecision("KS 2026/0002", "DECLINED");
    const start = new Date();
    await receiver.stop();
    expect(await runAt(start, receiver)).toEqual({ delivered: 0, retried: 1, failed: 0 });
    const afterRefused = await db.webhookDelivery.findFirstOrThrow({ where: { eventId } });
    expect(afterRefused).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(afterRefused.lastError).toMatch(/ECONNREFUSED/);
    // Not due yet: the backoff holds it back.
    expect(await runAt(minutes(start, 0.2), receiver)).toEqual({ delivered: 0, retried: 0, failed: 0 });

    await receiver.start();
    receiver.mode = "error";
    expect(await runAt(minutes(start, 5), receiver)).toEqual({ delivered: 0, retried: 1, failed: 0 });
    expect((await db.webhookDelivery.findFirstOrThrow({ where: { eventId } })).lastError).toBe("HTTP 500");
    expect(receiver.events).toEqual([]);

    receiver.mode = "ok";
    expect(await runAt(minutes(start, 30), receiver)).toEqual({ delivered: 1, retried: 0, failed: 0 });
    expect(receiver.events.map((e) => e.eventId)).toEqual([eventId]);
    expect(receiver.refused).toEqual([]);
    expect(await db.webhookDelivery.findFirstOrThrow({ where: { eventId } })).toMatchObject({
      status: "SENT",
      attempts: 3,
    });
  });

  it("delivers each event once when two workers run at the same time", async () => {
    const { receiver } = await endpoint(["step.changed"]);
    receiver.delayMs = 20;
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const { eventId } = await m.enqueue.enqueueWebhookEvent(db, "step.changed", {
        caseId: crypto.randomUUID(),
        registrationNumber: `KS 2026/${String(i + 10).padStart(4, "0")}`,
        from: "RECEIVED",
        to: "REVIEWED",
        changedAt: new Date().toISOString(),
      });
      ids.push(eventId);
    }
    const now = new Date();
    receiver.clock = () => Math.floor(now.getTime() / 1000);
    const runs = await Promise.all([
      m.deliver.deliverDueWebhooks(db, { now, limit: 50 }),
      m.deliver.deliverDueWebhooks(db, { now, limit: 50 }),
    ]);
    expect(runs[0]!.delivered + runs[1]!.delivered).toBe(12);
    expect(receiver.repeats).toEqual([]);
    expect(receiver.events.map((e) => e.eventId).sort()).toEqual([...ids].sort());
  });

  it("signs with the new secret after rotation, and the old secret no longer verifies", async () => {
    const { receiver, id, userId } = await endpoint(["decision"]);
    const old = receiver.secret;
    const rotated = await m.rotate.rotateWebhookSecret(id, userId);
    expect(rotated?.secret).toMatch(/^whsec_/);
    expect(rotated!.secret).not.toBe(old);
    await enqueueDecision("KS 2026/0003", "CLOSED");
    const now = new Date();
    expect(await runAt(now, receiver)).toEqual({ delivered: 0, retried: 1, failed: 0 });
    expect(receiver.refused).toEqual([{ reason: "signature" }]);
    receiver.secret = rotated!.secret;
    expect(await runAt(minutes(now, 10), receiver)).toEqual({ delivered: 1, retried: 0, failed: 0 });
    const audit = await db.auditEvent.findMany({ where: { entity: "webhook", entityId: id } });
    expect(audit.map((a) => a.action).sort()).toEqual(["created", "secret_rotated"]);
    // Neither secret ever reaches the audit trail or the stored row in readable form.
    const stored = await db.webhookEndpoint.findUniqueOrThrow({ where: { id } });
    for (const secret of [old, rotated!.secret]) {
      expect(JSON.stringify(audit.map((a) => a.changes))).not.toContain(secret);
      expect(stored.secretSealed).not.toContain(secret);
    }
  });

  it("marks a delivery to an endpoint that keeps failing FAILED after the last attempt, shows it to administrators, and retries it on request", async () => {
    const { receiver, userId } = await endpoint(["decision"]);
    receiver.mode = "error";
    const { eventId } = await enqueueDecision("KS 2026/0004", "DECLINED");
    let now = new Date();
    for (let attempt = 1; attempt <= m.deliver.MAX_ATTEMPTS; attempt++) {
      const result = await runAt(now, receiver);
      expect(result).toEqual(
        attempt < m.deliver.MAX_ATTEMPTS
          ? { delivered: 0, retried: 1, failed: 0 }
          : { delivered: 0, retried: 0, failed: 1 },
      );
      now = minutes(now, 70); // past the longest backoff (one hour and its jitter)
    }
    expect(await runAt(now, receiver)).toEqual({ delivered: 0, retried: 0, failed: 0 });
    const shown = (await m.view.listWebhookDeliveries()).find((d) => d.eventId === eventId);
    expect(shown).toMatchObject({
      status: "FAILED",
      attempts: m.deliver.MAX_ATTEMPTS,
      lastError: "HTTP 500",
      endpointUrl: receiver.url,
      nextAttemptAt: null,
    });
    expect((await m.view.listWebhookDeliveries())[0]!.status).toBe("FAILED");

    expect(await m.retry.retryWebhookDelivery(shown!.id, userId)).toBe(true);
    expect(await m.retry.retryWebhookDelivery(shown!.id, userId)).toBe(false); // a second click does nothing
    receiver.mode = "ok";
    expect(await runAt(new Date(), receiver)).toEqual({
      delivered: 1,
      retried: 0,
      failed: 0,
    });
    expect(receiver.events.map((e) => e.eventId)).toEqual([eventId]);
    expect(
      await db.auditEvent.count({
        where: { entity: "webhook", action: "delivery_retried", entityId: shown!.id },
      }),
    ).toBe(1);
  });
});
