import { describe, expect, it } from "vitest";
import { parsePartnerReport, type PartnerReportInput } from "@/lib/domain/partner-report";
import { getDb } from "@/lib/server/db/client";
import { sendFollowUpReminders } from "@/lib/server/jobs/follow-up-reminders";
import { syncFollowUpSchedule } from "@/lib/server/partnerships/follow-up-schedule";
import {
  partnerLinkAccess,
  renewPartnerLinks,
  sendPartnerLink,
} from "@/lib/server/partnerships/partner-link";
import { partnerView } from "@/lib/server/partnerships/partner-view";
import { quarterlyReport } from "@/lib/server/partnerships/quarterly-report";
import { reviewPartnerReport } from "@/lib/server/partnerships/review-partner-report";
import { submitPartnerReport } from "@/lib/server/partnerships/submit-partner-report";
import { staffMemberBeforeAll, uniqueEmail } from "../factories";
import { createPartnership, day } from "../factories/partnerships";

const PARTNER = { type: "PARTNER" } as const;

async function setUp(overrides: Parameters<typeof createPartnership>[1] = {}) {
  const db = await getDb();
  const p = await createPartnership(db, overrides);
  const parties = await db.partnershipParty.findMany({
    where: { partnershipId: p.id },
    orderBy: { sortOrder: "asc" },
  });
  const email = uniqueEmail("kontakt");
  await db.partnershipParty.update({
    where: { id: parties[0]!.id },
    data: { contactName: "Sara Ek", contactEmail: email },
  });
  const line = await db.budgetLine.create({
    data: {
      partnershipId: p.id,
      partyId: parties[0]!.id,
      year: 2026,
      kind: "MATERIAL",
      description: "Material",
      quantity: 1,
      unit: "st",
      unitPriceSek: 45000,
    },
  });
  return { db, p, civil: parties[0]!, pub: parties[1]!, email, line };
}

/** The token in the last partner-link mail to `email`. */
async function tokenMailedTo(email: string): Promise<string> {
  const db = await getDb();
  const mail = await db.outboxEmail.findFirstOrThrow({
    where: { toAddress: email },
    orderBy: { createdAt: "desc" },
  });
  expect(mail.bearerLinks).toHaveLength(1);
  const token = /\/(?:samarbete|partner)\/([A-Za-z0-9_-]{43})/.exec(mail.textBody)?.[1];
  expect(token).toBeDefined();
  expect(mail.bearerLinks[0]).toContain(token!);
  return token!;
}

const report = (
  view: NonNullable<Awaited<ReturnType<typeof partnerView>>>,
  period: string,
  cost = "12 500,50",
) => {
  const parsed = parsePartnerReport(
    {
      period,
      activities: "Läxhjälp två kvällar i veckan.",
      participants: "14",
      volunteerHours: "120",
      goals: view.goals.map((g, i) => ({ goalId: g.id, value: i === 0 ? "40 %" : "" })),
      costs: view.lines.map((l) => ({ budgetLineId: l.id, amount: cost })),
    },
    {
      periods: view.periods.map((x) => x.value),
      goalIds: view.goals.map((g) => g.id),
      lineIds: view.lines.map((l) => l.id),
    },
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.report as PartnerReportInput;
};

describe("partner links", () => {
  const staff = staffMemberBeforeAll();
  const actor = () => ({ type: "STAFF" as const, id: staff.id });

  it("go only to a civil-society party with a contact, hash the token, and a resend replaces the link", async () => {
    const { db, p, civil, pub, email } = await setUp();
    expect(await sendPartnerLink(actor(), { partnershipId: p.id, partyId: pub.id, locale: "sv" })).toEqual({
      ok: false,
      code: "notCivilSociety",
    });
    await db.partnershipParty.update({ where: { id: civil.id }, data: { contactEmail: null } });
    expect(await sendPartnerLink(actor(), { partnershipId: p.id, partyId: civil.id, locale: "sv" })).toEqual({
      ok: false,
      code: "noContact",
    });
    await db.partnershipParty.update({ where: { id: civil.id }, data: { contactEmail: email } });
    expect(await sendPartnerLink(actor(), { partnershipId: p.id, partyId: civil.id, locale: "sv" })).toEqual({
      ok: true,
    });
    const first = await tokenMailedTo(email);
    const stored = await db.partnerLink.findUniqueOrThrow({ where: { partyId: civil.id } });
    expect(stored.tokenHash).not.toContain(first);
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await partnerLinkAccess(first)).toMatchObject({ state: "open", partyId: civil.id });

    expect(await sendPartnerLink(actor(), { partnershipId: p.id, partyId: civil.id, locale: "en" })).toEqual({
      ok: true,
    });
    const second = await tokenMailedTo(email);
    expect(second).not.toBe(first);
    expect(await partnerLinkAccess(first)).toEqual({ state: "unknown" });
    expect(await partnerLinkAccess(second)).toMatchObject({ state: "open" });
    const audit = await db.auditEvent.count({
      where: { entity: "partner_link", entityId: stored.id, action: "sent" },
    });
    expect(audit).toBe(2);
  });

  it("expire the configured days after the agreement's end, and a lost link is renewed only while it would work", async () => {
    const { db, p, civil, email } = await setUp();
    await sendPartnerLink(actor(), { partnershipId: p.id, partyId: civil.id, locale: "sv" });
    const token = await tokenMailedTo(email);
    const link = await db.partnerLink.findUniqueOrThrow({ where: { partyId: civil.id } });
    // Ends 2026-12-31: open the day after, expired once the status-link days after it have passed.
    expect(link.expiresAt > day("2027-01-01")).toBe(true);
    expect(await partnerLinkAccess(token, day("2027-01-01"))).toMatchObject({ state: "open" });
    expect(await partnerLinkAccess(token, new Date(link.expiresAt.getTime() + 1))).toMatchObject({
      state: "expired",
    });

    expect(await renewPartnerLinks(email.toUpperCase(), "sv", day("2026-06-01"))).toBe(1);
    expect(await partnerLinkAccess(token)).toEqual({ state: "unknown" });
    expect(await renewPartnerLinks(uniqueEmail("okand"), "sv")).toBe(0);
    expect(await renewPartnerLinks(email, "sv", new Date(link.expiresAt.getTime() + 86_400_000 * 400))).toBe(
      0,
    );
  });
});

describe("partner reports", () => {
  const staff = staffMemberBeforeAll();
  const actor = () => ({ type: "STAFF" as const, id: staff.id });
  const now = new Date("2026-07-20T10:00:00Z");

  it("are submitted once per period; accepting marks the follow-up held and feeds the quarterly report", async () => {
    const { db, p, civil, line } = await setUp();
    await syncFollowUpSchedule(db, p.id, new Date("2026-01-01T12:00:00Z"));
    const view = (await partnerView(civil.id, p.id, now))!;
    const july = view.periods.find((x) => x.dueDate === "2026-07-01")!;
    expect(july.quarter).toBe("2026-Q2");
    const input = report(view, july.value);
    expect(input.costs).toEqual([{ budgetLineId: line.id, amountOre: 1_250_050 }]);
    const sent = await submitPartnerReport(PARTNER, {
      partyId: civil.id,
      partnershipId: p.id,
      report: input,
      files: [],
    });
    expect(sent.ok).toBe(true);
    const again = await submitPartnerReport(PARTNER, {
      partyId: civil.id,
      partnershipId: p.id,
      report: input,
      files: [],
    });
    expect(again).toEqual({ ok: false, code: "taken" });
    expect((await partnerView(civil.id, p.id, now))!.periods.map((x) => x.value)).not.toContain(july.value);

    const id = sent.ok ? sent.id : "";
    expect(
      await reviewPartnerReport(actor(), { decision: "accept", reportId: id, partnershipId: p.id }, now),
    ).toEqual({ ok: true });
    expect(
      await reviewPartnerReport(actor(), { decision: "accept", reportId: id, partnershipId: p.id }, now),
    ).toEqual({ ok: false, code: "alreadyReviewed" });
    const followUp = await db.followUp.findUniqueOrThrow({
      where: { id: (july.period as { followUpId: string }).followUpId },
    });
    expect(followUp.doneAt?.toISOString().slice(0, 10)).toBe("2026-07-20");
    expect(followUp.indicators).toEqual([{ goalId: view.goals[0]!.id, value: 40 }]);
    expect(await db.auditEvent.count({ where: { entity: "partner_report", entityId: id } })).toBe(2);
    // The report's costs are the partnership's actual costs now, marked as coming from it.
    const actuals = await db.actualCost.findMany({ where: { partnershipId: p.id } });
    expect(actuals.map((a) => [a.budgetLineId, Number(a.amountOre), a.source, a.reportId])).toEqual([
      [line.id, 1_250_050, "REPORT", id],
    ]);

    const quarterly = await quarterlyReport(p.id, "2026-Q2", "sv", now);
    const section = quarterly!.outline.sections.find((s) => s.id === "partnerReports")!;
    expect(JSON.stringify(section.blocks)).toContain("Läxhjälp två kvällar i veckan.");
    expect(JSON.stringify(section.blocks)).toContain("120");
  });

  it("is not accepted when a line it has costs on has left the budget: nothing changes", async () => {
    const { db, p, civil, line } = await setUp();
    const view = (await partnerView(civil.id, p.id, now))!;
    const sent = await submitPartnerReport(PARTNER, {
      partyId: civil.id,
      partnershipId: p.id,
      report: report(view, view.periods.at(-1)!.value),
      files: [],
    });
    const id = sent.ok ? sent.id : "";
    await db.budgetLine.delete({ where: { id: line.id } });
    expect(
      await reviewPartnerReport(actor(), { decision: "accept", reportId: id, partnershipId: p.id }, now),
    ).toEqual({ ok: false, code: "budgetChanged" });
    expect((await db.partnerReport.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");
    expect(await db.actualCost.count({ where: { partnershipId: p.id } })).toBe(0);
  });

  it("returned with a comment the partner sees, and a corrected version replaces it", async () => {
    const { db, p, civil } = await setUp();
    const view = (await partnerView(civil.id, p.id, now))!;
    const sent = await submitPartnerReport(PARTNER, {
      partyId: civil.id,
      partnershipId: p.id,
      report: report(view, "quarter:2026-Q1"),
      files: [],
    });
    const id = sent.ok ? sent.id : "";
    expect(
      await reviewPartnerReport(
        actor(),
        { decision: "return", reportId: id, partnershipId: p.id, comment: "Lägg till hyran." },
        now,
      ),
    ).toEqual({ ok: true });
    const after = (await partnerView(civil.id, p.id, now))!;
    expect(after.reports[0]).toMatchObject({
      status: "RETURNED",
      reviewComment: "Lägg till hyran.",
      replaced: false,
    });
    expect(after.periods.map((x) => x.value)).toContain("quarter:2026-Q1");
    const corrected = await submitPartnerReport(PARTNER, {
      partyId: civil.id,
      partnershipId: p.id,
      report: report(after, "quarter:2026-Q1", "13 000"),
      files: [],
    });
    expect(corrected.ok).toBe(true);
    const row = await db.partnerReport.findUniqueOrThrow({ where: { id: corrected.ok ? corrected.id : "" } });
    expect(row.replacesId).toBe(id);
    expect((await db.auditEvent.findFirstOrThrow({ where: { entityId: row.id } })).action).toBe(
      "resubmitted",
    );
  });

  it("mail the contact a short notice when returned, with no private link in it, and none when accepted", async () => {
    const { db, p, civil, email } = await setUp();
    const view = (await partnerView(civil.id, p.id, now))!;
    const submit = async (period: string) => {
      const sent = await submitPartnerReport(PARTNER, {
        partyId: civil.id,
        partnershipId: p.id,
        report: report(view, period),
        files: [],
      });
      return sent.ok ? sent.id : "";
    };
    const returned = await submit("quarter:2026-Q1");
    const comment = "Bifoga närvarolistan.";
    await reviewPartnerReport(
      actor(),
      { decision: "return", reportId: returned, partnershipId: p.id, comment },
      now,
    );
    const mails = await db.outboxEmail.findMany({ where: { toAddress: email } });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain(p.title);
    expect(mails[0]!.textBody).toContain("2026-Q1");
    expect(mails[0]!.textBody).toContain("/samarbete/ny-lank");
    expect(mails[0]!.textBody).not.toContain(comment);
    expect(mails[0]!.textBody).not.toMatch(/\/(samarbete|partner)\/[A-Za-z0-9_-]{43}/);
    expect(mails[0]!.bearerLinks).toEqual([]);

    const accepted = await submit("quarter:2026-Q2");
    await reviewPartnerReport(actor(), { decision: "accept", reportId: accepted, partnershipId: p.id }, now);
    expect(await db.outboxEmail.count({ where: { toAddress: email } })).toBe(1);
  });

  it("refuses a file of the wrong type and stores nothing; keeps a good one", async () => {
    const { db, p, civil } = await setUp();
    const view = (await partnerView(civil.id, p.id, now))!;
    const input = report(view, "quarter:2026-Q1");
    const submitWith = (file: File) =>
      submitPartnerReport(PARTNER, { partyId: civil.id, partnershipId: p.id, report: input, files: [file] });
    const bad = new File([new TextEncoder().encode("MZ not a document")], "rapport.pdf");
    const refused = await submitWith(bad);
    expect(refused).toEqual({ ok: false, code: "invalid", errors: { files: "badType" } });
    expect(await db.partnerReport.count({ where: { partyId: civil.id } })).toBe(0);
    const pdf = new File([new TextEncoder().encode("%PDF-1.4\n%%EOF\n")], "närvaro.exe");
    const ok = await submitWith(pdf);
    expect(ok.ok).toBe(true);
    const files = await db.partnerReportFile.findMany({ where: { reportId: ok.ok ? ok.id : "" } });
    expect(files.map((f) => [f.filename.endsWith(".pdf"), f.contentType])).toEqual([
      [true, "application/pdf"],
    ]);
  });

  it("stay within their partnership: a report is not reviewed through another, nor a party seen through another", async () => {
    const a = await setUp();
    const b = await setUp();
    const view = (await partnerView(a.civil.id, a.p.id, now))!;
    const sent = await submitPartnerReport(PARTNER, {
      partyId: a.civil.id,
      partnershipId: a.p.id,
      report: report(view, "quarter:2026-Q1"),
      files: [],
    });
    const id = sent.ok ? sent.id : "";
    expect(
      await reviewPartnerReport(actor(), { decision: "accept", reportId: id, partnershipId: b.p.id }),
    ).toEqual({ ok: false, code: "notFound" });
    expect(await partnerView(a.civil.id, b.p.id)).toBeNull();
    expect(
      await submitPartnerReport(PARTNER, {
        partyId: a.civil.id,
        partnershipId: b.p.id,
        report: report(view, "quarter:2026-Q1"),
        files: [],
      }),
    ).toEqual({ ok: false, code: "notFound" });
  });

  it("remind the partner's contact as well as staff before a REPORT follow-up", async () => {
    const { db, p, email } = await setUp({ startDate: day("2026-01-01") });
    await syncFollowUpSchedule(db, p.id, new Date("2026-01-01T12:00:00Z"));
    await sendFollowUpReminders(db, {
      now: new Date("2026-03-28T08:00:00Z"),
      mailbox: "lotsen@kommun.example",
      municipality: "Testkommun",
    });
    const toPartner = await db.outboxEmail.findMany({ where: { toAddress: email } });
    expect(toPartner).toHaveLength(1);
    expect(toPartner[0]!.textBody).toContain("/samarbete/ny-lank");
    expect(toPartner[0]!.bearerLinks).toEqual([]);
  });
});
