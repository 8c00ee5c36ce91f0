import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db/client";
import type { Transporter } from "nodemailer";
import {
  claimDueEmails,
  deliverDueEmails,
  outboxCounts,
  outboxMessage,
  outboxMessageId,
} from "@/lib/server/mail/deliver";
import { enqueueEmail, type OutgoingEmail } from "@/lib/server/mail/outbox";
import { createTransport } from "@/lib/server/mail/transport";
import { unique } from "../factories";
import { startSmtpCapture } from "../support/smtp-capture";

// Our own recipient domain: other test files may queue mail in the same database, and our runs
// deliver those too (to a server that accepts them), so assertions only look at our addresses.
const domain = `outbox-${unique()}.test.example`;
const address = (label: string) => `${label}-${unique()}@${domain}`;
const FROM = "Lotsen test <lotsen@test.example>";

// A real SMTP server on 127.0.0.1; `refuse` maps a recipient to the code RCPT TO answers with.
let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
let smtpUrl = "";

beforeAll(async () => {
  smtp = await startSmtpCapture();
  smtpUrl = smtp.url;
});
afterAll(() => smtp.close());

const deliveredTo = (to: string) => smtp.to(to);

async function queue(overrides: Partial<OutgoingEmail> = {}) {
  const to = overrides.to ?? address("mail");
  const { id } = await enqueueEmail(await getDb(), { subject: "Test", text: "Hej", ...overrides, to });
  return { id, to };
}

/** Runs deliveries until none of our rows is due any more (other rows may be queued ahead of them). */
async function deliverOurs(ids: string[], transport = createTransport(smtpUrl)) {
  const db = await getDb();
  for (let round = 0; round < 50; round++) {
    const due = await db.outboxEmail.count({
      where: {
        id: { in: ids },
        OR: [{ status: "SENDING" }, { status: "PENDING", nextAttemptAt: { lte: new Date() } }],
      },
    });
    if (due === 0) return;
    await deliverDueEmails(db, transport, { from: FROM, limit: 50 });
  }
  throw new Error("outbox rows still due after 50 delivery runs");
}

describe("email outbox delivery", () => {
  it("delivers a queued mail once, with subject, text and attachment intact", async () => {
    const ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nSUMMARY:Möte om samverkan\r\nEND:VCALENDAR\r\n";
    const { id, to } = await queue({
      subject: "Ditt ärende KS 2026/0042 – möte bokat",
      text: "Hej!\n\nVälkommen till mötet på måndag.\n",
      html: "<p>Välkommen till mötet</p>",
      attachments: [
        {
          filename: "mote.ics",
          contentType: "text/calendar",
          contentBase64: Buffer.from(ics).toString("base64"),
        },
      ],
    });
    await deliverOurs([id]);
    await deliverDueEmails(await getDb(), createTransport(smtpUrl), { from: FROM }); // nothing left for us

    const [delivery, ...extra] = deliveredTo(to);
    expect(extra).toHaveLength(0);
    expect(delivery!.mail.subject).toBe("Ditt ärende KS 2026/0042 – möte bokat");
    expect(delivery!.mail.text).toBe("Hej!\n\nVälkommen till mötet på måndag.\n");
    expect(delivery!.mail.from?.text).toContain("lotsen@test.example");
    const attachment = delivery!.mail.attachments[0]!;
    expect(attachment).toMatchObject({ filename: "mote.ics", contentType: "text/calendar" });
    expect(attachment.content.toString("utf8")).toBe(ics);

    const row = await (await getDb()).outboxEmail.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "SENT", attempts: 1, lockedUntil: null });
    expect(row.sentAt).toBeInstanceOf(Date);
    const counts = await outboxCounts(await getDb());
    expect(counts.SENT).toBeGreaterThanOrEqual(1);
  });

  it("sends each mail exactly once when two deliveries run at the same time", async () => {
    const mails = await Promise.all(Array.from({ length: 12 }, () => queue()));
    const db = await getDb();
    const transport = createTransport(smtpUrl);
    const drain = async () => {
      for (let round = 0; round < 50; round++) {
        const done = await deliverDueEmails(db, transport, { from: FROM, limit: 3 });
        if (done.sent + done.retried + done.failed === 0) return;
      }
    };
    await Promise.all([drain(), drain()]);
    await deliverOurs(mails.map((m) => m.id)); // in case other files' rows kept the drains busy

    for (const { to } of mails) expect(deliveredTo(to)).toHaveLength(1);
    const rows = await db.outboxEmail.findMany({ where: { id: { in: mails.map((m) => m.id) } } });
    expect(rows.map((r) => [r.status, r.attempts])).toEqual(mails.map(() => ["SENT", 1]));
  });

  it("marks a mail FAILED on a permanent rejection, keeps it, and stores no address", async () => {
    const to = address("unknown");
    smtp.refuse.set(to, 550);
    const { id } = await queue({ to });
    await deliverOurs([id]);

    const row = await (await getDb()).outboxEmail.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "FAILED", attempts: 1, lockedUntil: null, sentAt: null });
    expect(row.lastError).toContain("550");
    expect(row.lastError).not.toContain(to);
    expect(row.lastError).not.toContain(domain);
    expect(deliveredTo(to)).toHaveLength(0);
  });

  it("retries after a temporary rejection and delivers on the next attempt", async () => {
    const to = address("busy");
    smtp.refuse.set(to, 451);
    const { id } = await queue({ to });
    const db = await getDb();
    const before = Date.now();
    await deliverOurs([id]);

    const waiting = await db.outboxEmail.findUniqueOrThrow({ where: { id } });
    expect(waiting).toMatchObject({ status: "PENDING", attempts: 1, lockedUntil: null });
    expect(waiting.lastError).toContain("451");
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThan(before + 20_000);

    smtp.refuse.delete(to);
    await db.outboxEmail.update({ where: { id }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });
    await deliverOurs([id]);
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "SENT",
      attempts: 2,
    });
    expect(deliveredTo(to)).toHaveLength(1);
  });

  it("schedules a retry, not a failure, when the mail server is unreachable", async () => {
    // A port that was free a moment ago: nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));

    const { id } = await queue();
    await deliverOurs([id], createTransport(`smtp://127.0.0.1:${port}`));

    const row = await (await getDb()).outboxEmail.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, lockedUntil: null, sentAt: null });
    expect(row.lastError).toBeTruthy();
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 20_000);
  });

  it("gives every mail a Message-ID derived from its outbox row and the public address", async () => {
    const { id, to } = await queue();
    await deliverOurs([id]);
    expect(outboxMessageId(id)).toBe(`<${id}@localhost>`); // PUBLIC_BASE_URL defaults to localhost
    expect(deliveredTo(to).map((r) => r.mail.messageId)).toEqual([outboxMessageId(id)]);
  });

  it("takes over a dead instance's claim after the short lease, sending the same Message-ID again", async () => {
    const { id, to } = await queue();
    const db = await getDb();
    // Instance A claims the row and hands the mail to SMTP, then dies before it can mark it sent.
    const claimedAt = Date.now();
    const claimed = await claimDueEmails(db, { limit: 1000 });
    const ours = claimed.find((row) => row.id === id)!;
    await createTransport(smtpUrl).sendMail(outboxMessage(ours, FROM));
    const left = await db.outboxEmail.findUniqueOrThrow({ where: { id } });
    expect(left.status).toBe("SENDING");
    expect(left.lockedUntil!.getTime() - claimedAt).toBeLessThanOrEqual(35_000);
    // Other rows claimed with ours belong to other tests: hand them back.
    await db.outboxEmail.updateMany({
      where: { id: { in: claimed.map((row) => row.id).filter((other) => other !== id) } },
      data: { status: "PENDING", lockedUntil: null },
    });

    // Instance B: while the lease runs, the row is left alone; after it, B sends it.
    await deliverDueEmails(db, createTransport(smtpUrl), {
      from: FROM,
      limit: 1000,
      now: new Date(claimedAt + 10_000),
    });
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "SENDING",
      attempts: 1,
    });
    await deliverDueEmails(db, createTransport(smtpUrl), {
      from: FROM,
      limit: 1000,
      now: new Date(left.lockedUntil!.getTime() + 1000),
    });

    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "SENT",
      attempts: 2,
    });
    const copies = deliveredTo(to);
    expect(copies).toHaveLength(2);
    expect(copies.map((copy) => copy.mail.messageId)).toEqual([outboxMessageId(id), outboxMessageId(id)]);
  });

  it("renews a live claim while a slow send runs, so no other instance sends the mail too", async () => {
    const { id, to } = await queue();
    const db = await getDb();
    const real = createTransport(smtpUrl);
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    // Our mail takes longer than the whole lease to hand over; other tests' mail goes at once.
    const slow = {
      sendMail: async (message: { to: string }) => {
        if (message.to === to) await sleep(2500);
        return real.sendMail(message);
      },
    } as unknown as Transporter;
    const lease = { leaseMs: 1500, renewEveryMs: 300 };
    const first = deliverDueEmails(db, slow, { from: FROM, limit: 1000, lease });
    await sleep(2000);
    await deliverDueEmails(db, real, { from: FROM, limit: 1000, lease });
    await first;

    expect(deliveredTo(to)).toHaveLength(1);
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "SENT",
      attempts: 1,
    });
  });
});
