import { describe, expect, it } from "vitest";
import { parseFollowUpForm } from "@/lib/domain/follow-ups";
import { getDb } from "@/lib/server/db/client";
import { readGoals } from "@/lib/domain/partnership";
import { partnershipFollowUps, recordFollowUp } from "@/lib/server/partnerships/follow-ups";
import { saveSection } from "@/lib/server/partnerships/save-section";
import { syncFollowUpSchedule } from "@/lib/server/partnerships/follow-up-schedule";
import { quarterlyReport } from "@/lib/server/partnerships/quarterly-report";
import { reportPdf } from "@/lib/server/partnerships/report-pdf";
import { staffMemberBeforeAll } from "../factories";
import { createPartnership } from "../factories/partnerships";
import { pdfText } from "../support/pdf-text";

const record = (input: Partial<Parameters<typeof parseFollowUpForm>[0]>) => {
  const parsed = parseFollowUpForm(
    { followUpId: "", heldOn: "", participants: "", notes: "", indicators: [], ...input },
    "2026-11-15",
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.record;
};

describe("recording follow-ups", () => {
  const staff = staffMemberBeforeAll();

  it("records a scheduled follow-up once, and unscheduled ones beside it", async () => {
    const db = await getDb();
    const p = await createPartnership(db);
    await syncFollowUpSchedule(db, p.id, new Date("2026-01-01T12:00:00Z"));
    const scheduled = await db.followUp.findMany({
      where: { partnershipId: p.id },
      orderBy: { dueDate: "asc" },
    });
    // Monthly talks from February to December, with the quarterly reports in April, July and October.
    expect(scheduled.map((f) => `${f.dueDate.toISOString().slice(0, 10)} ${f.kind}`)).toEqual([
      "2026-02-01 TALK",
      "2026-03-01 TALK",
      "2026-04-01 REPORT",
      "2026-05-01 TALK",
      "2026-06-01 TALK",
      "2026-07-01 REPORT",
      "2026-08-01 TALK",
      "2026-09-01 TALK",
      "2026-10-01 REPORT",
      "2026-11-01 TALK",
      "2026-12-01 TALK",
    ]);
    const july = scheduled[5]!;
    const input = {
      followUpId: july.id,
      heldOn: "2026-07-03",
      participants: "Amir (föreningen), Eva (kommunen)",
      notes: "Tolv deltagare har börjat.",
      indicators: [
        { goalId: "legacy-0", value: "40 %", comment: "" },
        { goalId: "legacy-1", value: "12", comment: "varav fem tjejer" },
        { goalId: "legacy-7", value: "99", comment: "" }, // no such goal: dropped
      ],
    };
    expect(await recordFollowUp(p.id, record(input), staff.id)).toEqual({ ok: true });
    expect(await recordFollowUp(p.id, record({ ...input, participants: "Någon annan" }), staff.id)).toEqual({
      ok: false,
      code: "alreadyRecorded",
    });
    const saved = await db.followUp.findUniqueOrThrow({ where: { id: july.id } });
    expect(saved.participants).toBe("Amir (föreningen), Eva (kommunen)");
    expect(saved.doneAt?.toISOString().slice(0, 10)).toBe("2026-07-03");
    expect(saved.indicators).toEqual([
      { goalId: "legacy-0", value: 40 },
      { goalId: "legacy-1", value: 12, comment: "varav fem tjejer" },
    ]);

    expect(
      await recordFollowUp(
        p.id,
        record({
          heldOn: "2026-09-20",
          participants: "Styrgruppen",
          indicators: [{ goalId: "legacy-0", value: "63,5", comment: "" }],
        }),
        staff.id,
      ),
    ).toEqual({ ok: true });
    const extra = await db.followUp.findFirstOrThrow({ where: { partnershipId: p.id, kind: "EXTRA" } });
    expect(extra.dueDate.toISOString().slice(0, 10)).toBe("2026-09-20");
    // A changed plan never removes what was recorded.
    await db.partnership.update({ where: { id: p.id }, data: { followUpPlan: { talkEveryMonths: null } } });
    await syncFollowUpSchedule(db, p.id, new Date("2026-09-01T12:00:00Z"));
    expect(await db.followUp.count({ where: { id: { in: [july.id, extra.id] } } })).toBe(2);

    // August's talk was not held: it is missed in the Q3 report.
    const report = await quarterlyReport(p.id, "2026-Q3", "sv", new Date("2026-11-15T12:00:00Z"));
    expect(report!.quarter).toBe("2026-Q3");
    expect(report!.quarters).toEqual(["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]);
    const text = await pdfText(await reportPdf(report!, "sv"));
    expect(text).toContain("Kvartalsrapport kvartal 3 2026");
    expect(text).toContain(p.title);
    expect(text).toContain("Kommunstyrelsen (Arbetsmarknadsförvaltningen)");
    expect(text).toContain("1 januari 2026 – 31 december 2026");
    expect(text).toContain("Amir (föreningen), Eva (kommunen)");
    expect(text).toContain("Tolv deltagare har börjat.");
    expect(text).toContain("Andel i arbete (%)");
    expect(text).toContain("50 %");
    // The latest value of the quarter: 63,5 from 20 September, not 40 from 3 July.
    expect(text).toContain("63,5 (20 september 2026)");
    expect(text).toContain("12 (3 juli 2026) varav fem tjejer");
    expect(text).toContain("Uteblivna uppföljningar");
    expect(text).toContain("1 augusti 2026 · Uppföljningssamtal");
    expect(text).toContain("Sida 1 av");

    const english = await pdfText(
      await reportPdf(
        (await quarterlyReport(p.id, "2026-Q3", "en", new Date("2026-11-15T12:00:00Z")))!,
        "en",
      ),
    );
    expect(english).toContain("Quarterly report Q3 2026");
    expect(english).toContain("Missed follow-ups");
    expect(english).toContain("63.5 (20 September 2026)");

    // Without a (valid) period: the last full quarter before today.
    expect((await quarterlyReport(p.id, "2031-Q1", "sv", new Date("2026-11-15T12:00:00Z")))!.quarter).toBe(
      "2026-Q3",
    );
    expect(await quarterlyReport("not-a-uuid", null, "sv")).toBeNull();
  });

  it("schedules from the Swedish calendar day, also just after midnight Swedish time", async () => {
    const db = await getDb();
    const dates = async (id: string) =>
      (await db.followUp.findMany({ where: { partnershipId: id }, orderBy: { dueDate: "asc" } })).map(
        (f) => `${f.dueDate.toISOString().slice(0, 10)} ${f.kind}`,
      );
    // 00:30 on 2 March in Sweden (CET) is still 1 March in UTC: 1 March's talk is already past.
    const winter = await createPartnership(db);
    await syncFollowUpSchedule(db, winter.id, new Date("2026-03-01T23:30:00Z"));
    expect((await dates(winter.id))[0]).toBe("2026-04-01 REPORT");
    // 00:30 on 2 July in Sweden (CEST, two hours ahead): 1 July's report is past.
    const summer = await createPartnership(db);
    await syncFollowUpSchedule(db, summer.id, new Date("2026-07-01T22:30:00Z"));
    expect((await dates(summer.id))[0]).toBe("2026-08-01 TALK");
    // One minute before Swedish midnight, 1 July is still today and stays scheduled.
    const before = await createPartnership(db);
    await syncFollowUpSchedule(db, before.id, new Date("2026-06-30T21:59:00Z"));
    expect((await dates(before.id))[0]).toBe("2026-07-01 REPORT");
  });

  it("refuses a follow-up of a partnership that does not exist", async () => {
    expect(
      await recordFollowUp(
        "00000000-0000-4000-8000-000000000000",
        record({ heldOn: "2026-01-02", participants: "X" }),
        staff.id,
      ),
    ).toEqual({ ok: false, code: "notFound" });
  });

  it("keeps a recorded value with its goal when a goal above it is removed", async () => {
    const db = await getDb();
    const p = await createPartnership(db);
    const goalsForm = (rows: { id: string; text: string; indicator: string }[]) => ({
      goalId: rows.map((r) => r.id),
      goalText: rows.map((r) => r.text),
      goalIndicator: rows.map((r) => r.indicator),
      goalTarget: rows.map(() => ""),
      goalResult: rows.map(() => ""),
    });
    const save = async (rows: { id: string; text: string; indicator: string }[]) => {
      const { version } = await db.partnership.findUniqueOrThrow({ where: { id: p.id } });
      const result = await saveSection(
        { id: staff.id, roles: ["LOTS"] },
        { partnershipId: p.id, expectedVersion: version, section: "goals", input: goalsForm(rows) },
      );
      expect(result.ok).toBe(true);
      return readGoals((await db.partnership.findUniqueOrThrow({ where: { id: p.id } })).goals);
    };
    // Saved once through the form: each goal gets its own id.
    const goals = await save([
      { id: "", text: "Fler unga når arbete", indicator: "Andel i arbete (%)" },
      { id: "", text: "Deltagare nås", indicator: "Antal deltagare" },
    ]);
    const [first, second] = goals;
    expect(second!.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(
      await recordFollowUp(
        p.id,
        record({
          heldOn: "2026-03-10",
          participants: "Styrgruppen",
          indicators: [
            { goalId: first!.id, value: "30", comment: "" },
            { goalId: second!.id, value: "17", comment: "" },
          ],
        }),
        staff.id,
      ),
    ).toEqual({ ok: true });

    // The first goal's row is cleared: the second moves up a place but keeps its id and its value.
    const after = await save([
      { id: first!.id, text: "", indicator: "" },
      { id: second!.id, text: "Deltagare nås", indicator: "Antal deltagare" },
    ]);
    expect(after.map((g) => g.id)).toEqual([second!.id]);
    const data = await partnershipFollowUps(p.id);
    expect(data!.goals.map((g) => g.id)).toEqual([second!.id]);
    expect(data!.done[0]!.indicators).toEqual([{ goalId: second!.id, value: 17 }]);
  });
});
