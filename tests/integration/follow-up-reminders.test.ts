import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getDb, type Db } from "@/lib/server/db/client";
import { createSentRequest, createStaffUser } from "@/lib/server/db/factories";
import { sendFollowUpReminders } from "@/lib/server/jobs/follow-up-reminders";
import { requestSeed, uniqueEmail } from "../factories";
import { createPartnership, day } from "../factories/partnerships";

// Two app instances run the reminder job at the same moment: on PostgreSQL each gets its own
// PrismaClient (its own connection pool), so the claim really races across connections.
const url = process.env.DATABASE_URL;
const second = url ? new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) }) : null;
afterAll(async () => {
  await second?.$disconnect();
});

const NOW = new Date("2026-09-10T08:00:00Z"); // due within 7 days: 2026-09-10 … 2026-09-17

describe("follow-up reminders", () => {
  it("queues each due reminder exactly once, even when two runs race", async () => {
    const db = await getDb();
    const other: Db = second ?? db;
    const mailbox = uniqueEmail("lotsen");
    const lots = await createStaffUser(db, { email: uniqueEmail("lots"), name: "Lots", roles: ["LOTS"] });
    const { request } = await createSentRequest(db, requestSeed());
    await db.request.update({ where: { id: request.id }, data: { assignedToId: lots.id } });
    const withLots = await createPartnership(db, { requestId: request.id });
    const plain = await createPartnership(db);
    const draft = await createPartnership(db, { status: "DRAFT" });
    const add = (partnershipId: string, due: string, extra: object = {}) =>
      db.followUp.create({ data: { partnershipId, dueDate: day(due), ...extra } });
    const due = [
      await add(withLots.id, "2026-09-12"),
      await add(withLots.id, "2026-09-17", { kind: "REPORT" }),
      await add(plain.id, "2026-09-10"),
      await add(plain.id, "2026-09-05"), // overdue and never reminded: still reminded
    ];
    const notDue = [
      await add(withLots.id, "2026-09-18"), // eight days ahead
      await add(plain.id, "2026-12-01"), // far future
      await add(plain.id, "2026-09-11", { doneAt: day("2026-09-09"), participants: "Alla" }), // done
      await add(draft.id, "2026-09-11"), // the partnership is not active
    ];
    const options = { now: NOW, mailbox, municipality: "Testkommun" };

    const [a, b] = await Promise.all([
      sendFollowUpReminders(db, options),
      sendFollowUpReminders(other, options),
    ]);
    const ours = [withLots.title, plain.title, draft.title];
    const mails = async () =>
      (await db.outboxEmail.findMany({ where: { toAddress: { in: [mailbox, lots.email] } } })).filter((m) =>
        ours.some((title) => m.subject.includes(title)),
      );
    const sent = await mails();
    // Four reminders to the mailbox, and the two of the partnership with an assigned lots to them too.
    expect(sent.filter((m) => m.toAddress === mailbox)).toHaveLength(4);
    expect(sent.filter((m) => m.toAddress === lots.email)).toHaveLength(2);
    expect(a + b).toBeGreaterThanOrEqual(4);
    const reminded = await db.followUp.findMany({
      where: { id: { in: [...due, ...notDue].map((f) => f.id) } },
    });
    for (const f of due) expect(reminded.find((r) => r.id === f.id)!.reminderSentAt).not.toBeNull();
    for (const f of notDue) expect(reminded.find((r) => r.id === f.id)!.reminderSentAt).toBeNull();

    const mail = sent.find(
      (m) => m.subject.includes(withLots.title) && m.subject.includes("17 september 2026"),
    )!;
    expect(mail.subject).toBe(`Påminnelse: uppföljning av ${withLots.title} den 17 september 2026`);
    // The cadence is configurable, so the report is not called quarterly.
    expect(mail.textBody).toContain("Påminnelse: rapporten för samarbetet");
    expect(mail.textBody).not.toContain("kvartal");
    expect(mail.textBody).toContain("17 september 2026");
    expect(mail.textBody).toContain(`/staff/partnerships/${withLots.id}/follow-ups`);

    // A later run adds nothing.
    await sendFollowUpReminders(db, { ...options, now: new Date(NOW.getTime() + 3_600_000) });
    expect(await mails()).toHaveLength(6);
  });
});
