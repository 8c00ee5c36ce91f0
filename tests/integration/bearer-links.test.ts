import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REDACTED_LINK } from "@/lib/domain/bearer-links";
import { getDb } from "@/lib/server/db/client";
import { deliverDueEmails } from "@/lib/server/mail/deliver";
import { createTransport } from "@/lib/server/mail/transport";
import { sendRequest } from "@/lib/server/intake/send-request";
import { completeAnswers, unique } from "../factories";
import { startSmtpCapture } from "../support/smtp-capture";

// Findings 5 and 9 of the security review: no usable link stays in the outbox once a mail is sent,
// and the receipt (to an address nobody has confirmed) carries nothing the sender typed.

let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
beforeAll(async () => {
  smtp = await startSmtpCapture();
  await getDb(); // migrating the embedded database takes a while: not inside the first test's time
}, 60_000);
afterAll(() => smtp.close());

const domain = `links-${unique()}.test.example`;
const address = (label: string) => `${label}-${unique()}@${domain}`;

async function deliverRound() {
  await deliverDueEmails(await getDb(), createTransport(smtp.url), { from: "test@test.example", limit: 100 });
}

/** Outbox rows (body, html or link list) that still hold the token anywhere. */
async function rowsHolding(token: string): Promise<number> {
  const rows = await (
    await getDb()
  ).$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM outbox_email
     WHERE position(${token} IN text_body) > 0 OR position(${token} IN coalesce(html_body, '')) > 0
        OR position(${token} IN array_to_string(bearer_links, ' ')) > 0`;
  return Number(rows[0]!.n);
}

async function sendDraft(kind: "COLLABORATION" | "QUESTION", email: string) {
  const db = await getDb();
  const answers =
    kind === "QUESTION"
      ? {
          question: {
            name: "Test Person",
            email,
            organisation: "",
            question: "Får vi låna en lokal på lördagar?",
          },
        }
      : completeAnswers(email);
  const { id } = await db.request.create({ data: { kind, status: "DRAFT", answers } });
  const sent = await sendRequest({ requestId: id, idempotencyKey: `key-${unique()}`, locale: "sv" });
  if (!sent.ok) throw new Error(`not sent: ${sent.code}`);
  return { id, answers };
}

const tokenIn = (text: string) => /\/status\/([A-Za-z0-9_-]{43})/.exec(text)?.[1];

describe("bearer links in the outbox", () => {
  it("keeps the status link until the receipt is sent, then keeps only a marker", async () => {
    const email = address("receipt");
    const { id } = await sendDraft("COLLABORATION", email);
    const db = await getDb();
    const queued = await db.outboxEmail.findFirstOrThrow({ where: { requestId: id, toAddress: email } });
    const token = tokenIn(queued.textBody)!;
    expect(queued.bearerLinks).toHaveLength(1);
    expect(queued.bearerLinks[0]).toContain(token);

    for (let round = 0; round < 20 && smtp.to(email).length === 0; round++) await deliverRound();
    const [delivered] = smtp.to(email);
    expect(tokenIn(delivered!.mail.text ?? "")).toBe(token);

    expect(await rowsHolding(token)).toBe(0);
    const sent = await db.outboxEmail.findUniqueOrThrow({ where: { id: queued.id } });
    expect(sent).toMatchObject({ status: "SENT", bearerLinks: [] });
    // The outbox still shows what was sent, with the marker where the link was.
    expect(sent.textBody).toBe(queued.textBody.replace(queued.bearerLinks[0]!, REDACTED_LINK));
  });

  it("keeps the link while the mail waits for a retry, and redacts it once the retry is sent", async () => {
    const email = address("retry");
    smtp.refuse.set(email, 451);
    const { id } = await sendDraft("COLLABORATION", email);
    const db = await getDb();
    const queued = await db.outboxEmail.findFirstOrThrow({ where: { requestId: id, toAddress: email } });
    const token = tokenIn(queued.textBody)!;
    await deliverRound();
    const waiting = await db.outboxEmail.findUniqueOrThrow({ where: { id: queued.id } });
    expect(waiting.status).toBe("PENDING");
    expect(await rowsHolding(token)).toBeGreaterThan(0);

    smtp.refuse.delete(email);
    await deliverDueEmails(db, createTransport(smtp.url), {
      from: "test@test.example",
      limit: 100,
      now: new Date(Date.now() + 3 * 60 * 60_000),
    });
    expect(tokenIn(smtp.to(email)[0]!.mail.text ?? "")).toBe(token);
    expect(await rowsHolding(token)).toBe(0);
  });
});

describe("mail to an unconfirmed address", () => {
  it("the receipt of a request carries no answer the sender typed", async () => {
    const email = address("answers");
    const { answers } = await sendDraft("COLLABORATION", email);
    for (let round = 0; round < 20 && smtp.to(email).length === 0; round++) await deliverRound();
    const { mail } = smtp.to(email)[0]!;
    const typed = [
      answers.organisation!.name,
      "Läxhjälp i biblioteket",
      "Två kvällar i veckan.",
      "Skolresultat",
    ];
    for (const text of typed) {
      expect(mail.text).not.toContain(text);
      expect(mail.subject).not.toContain(text);
    }
    expect(mail.text).toContain("Era svar skickas inte med i mejlet.");
  });

  it("the receipt of a question does not quote the question", async () => {
    const email = address("question");
    await sendDraft("QUESTION", email);
    for (let round = 0; round < 20 && smtp.to(email).length === 0; round++) await deliverRound();
    const { mail } = smtp.to(email)[0]!;
    expect(mail.text).not.toContain("lokal på lördagar");
    expect(mail.subject).not.toContain("lokal på lördagar");
    expect(mail.text).toContain("Er fråga skickas inte med i mejlet.");
  });
});
