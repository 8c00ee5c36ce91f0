import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/status-link/route";
import { getDb } from "@/lib/server/db/client";
import { renewStatusLinks } from "@/lib/server/intake/renew-status-link";
import { sendRequest } from "@/lib/server/intake/send-request";
import { requestByStatusToken, statusLinkAccess } from "@/lib/server/intake/status";
import { completeAnswers, unique, uniqueEmail } from "../factories";

// Finding 7 of the security review: an applicant can get a fresh status link at the contact
// address on the case (the old one stops working), and a link ends a set time after the case ended.

// Migrating the embedded database takes a while: not inside the first test's time.
beforeAll(() => getDb(), 60_000);

const DAY = 86_400_000;
const tokenIn = (text: string) => /\/status\/([A-Za-z0-9_-]{43})/.exec(text)![1]!;

async function sentRequest(email = uniqueEmail("link")) {
  const db = await getDb();
  const { id } = await db.request.create({
    data: { kind: "COLLABORATION", status: "DRAFT", answers: completeAnswers(email) },
  });
  const sent = await sendRequest({ requestId: id, idempotencyKey: `key-${unique()}`, locale: "sv" });
  if (!sent.ok) throw new Error(sent.code);
  const receipt = await db.outboxEmail.findFirstOrThrow({ where: { requestId: id, toAddress: email } });
  return { id, email, number: sent.registrationNumber, token: tokenIn(receipt.textBody) };
}

const renewalMails = async (id: string) =>
  (await getDb()).outboxEmail.findMany({ where: { requestId: id, kind: "statusLinkRenewed" } });

async function endCase(id: string, daysAgo: number) {
  const db = await getDb();
  await db.request.update({ where: { id }, data: { status: "ENDED", outcome: "WITHDRAWN" } });
  await db.caseEvent.create({
    data: {
      requestId: id,
      type: "ENDED",
      data: { outcome: "WITHDRAWN", reason: "Test" },
      actorType: "APPLICANT",
      createdAt: new Date(Date.now() - daysAgo * DAY),
    },
  });
}

function post(fields: Record<string, string>, ip: string) {
  return POST(
    new Request("http://localhost:3000/api/status-link", {
      method: "POST",
      headers: { origin: "http://localhost:3000", host: "localhost:3000", "x-forwarded-for": ip },
      body: new URLSearchParams({ locale: "sv", ...fields }),
    }),
    { params: Promise.resolve({}) },
  );
}

describe("a new status link", () => {
  it("goes to the contact address on the case, and the old link stops working", async () => {
    const { id, email, number, token } = await sentRequest();
    expect((await statusLinkAccess(token)).state).toBe("open");

    expect(await renewStatusLinks({ email: email.toUpperCase() })).toBe(1);
    expect((await statusLinkAccess(token)).state).toBe("unknown");
    const [mail] = await renewalMails(id);
    expect(mail!.toAddress).toBe(email);
    expect(mail!.textBody).toContain(number);
    expect(mail!.textBody).not.toContain("Läxhjälp i biblioteket"); // nothing the sender typed
    expect((await requestByStatusToken(tokenIn(mail!.textBody)))?.id).toBe(id);
    const db = await getDb();
    expect(await db.caseEvent.count({ where: { requestId: id, type: "STATUS_LINK_RENEWED" } })).toBe(1);
  });

  it("with a registration number, renews only that case", async () => {
    const email = uniqueEmail("two");
    const first = await sentRequest(email);
    const second = await sentRequest(email);
    expect(await renewStatusLinks({ email, number: "KS 1999/0001" })).toBe(0);
    expect(await renewStatusLinks({ email, number: second.number.toLowerCase() })).toBe(1);
    expect((await statusLinkAccess(first.token)).state).toBe("open");
    expect((await statusLinkAccess(second.token)).state).toBe("unknown");
    expect(await renewStatusLinks({ email: uniqueEmail("nobody") })).toBe(0);
  });

  it("answers every post the same, found or not, and stops mailing one address after three", async () => {
    const { id, email } = await sentRequest();
    const ip = `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const found = await post({ email, number: "" }, ip);
    const notFound = await post({ email: uniqueEmail("nobody"), number: "" }, ip);
    expect(found.status).toBe(303);
    expect(found.headers.get("location")).toBe("/ny-statuslank?skickad=1");
    expect(notFound.headers.get("location")).toBe(found.headers.get("location"));
    expect(found.headers.get("location")).not.toContain(email);

    const bad = await post({ email: "inte-en-adress", number: "" }, ip);
    expect(bad.headers.get("location")).toBe("/ny-statuslank?fel=email#fel");
    const badNumber = await post({ email, number: "nummer" }, `${ip}1`);
    expect(badNumber.headers.get("location")).toBe("/ny-statuslank?fel=number#fel");

    for (const n of [2, 3, 4])
      await post({ email, number: "" }, `10.8.${n}.${Math.floor(Math.random() * 250)}`);
    // The renewals run after each answer has left (the per-address limit is checked before it).
    await expect.poll(async () => (await renewalMails(id)).length).toBe(3);
  });

  it("an ended case's link works for the configured days after the end, then explains instead", async () => {
    const recent = await sentRequest();
    await endCase(recent.id, 10);
    expect((await statusLinkAccess(recent.token)).state).toBe("open");

    const old = await sentRequest();
    await endCase(old.id, 91);
    const access = await statusLinkAccess(old.token);
    expect(access.state).toBe("expired");
    expect(await requestByStatusToken(old.token)).toBeNull(); // the routes behind the page refuse too
    expect(await renewStatusLinks({ email: old.email })).toBe(0);
    expect(await renewalMails(old.id)).toHaveLength(0);
  });
});
