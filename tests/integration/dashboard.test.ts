import { describe, expect, it } from "vitest";
import type { StepName } from "@/lib/domain/steps";
import { DEFAULT_WORKFLOW_SETTINGS } from "@/lib/domain/workflow-settings";
import type { Db } from "@/lib/server/db/client";
import { requestSeed } from "../factories";
import { ownDatabaseBeforeAll } from "../support/fresh-database";
import { createPartnership, day } from "../factories/partnerships";

// The dashboard counts everything in the database, so this file works on a database of its own.
let db: Db;
let figures: typeof import("@/lib/server/dashboard").dashboardFigures;

ownDatabaseBeforeAll("dashboard", async (database) => {
  db = database;
  figures = (await import("@/lib/server/dashboard")).dashboardFigures;
});

const at = (iso: string) => new Date(`${iso}T09:00:00Z`);

/** A sent request that moves through `moves` ([step, date]) and possibly ends. */
async function request(
  received: string,
  themes: string[],
  moves: [StepName, string][],
  end?: { outcome: "GRANTED" | "DECLINED"; on: string; form?: "IOP" | "GRANT" },
) {
  const { createSentRequest } = await import("@/lib/server/db/factories");
  const { request } = await createSentRequest(
    db,
    requestSeed({ receivedAt: at(received), themes: themes as never }),
  );
  let from: StepName = "RECEIVED";
  for (const [to, on] of moves) {
    await db.caseEvent.create({
      data: {
        requestId: request.id,
        type: "STEP_CHANGED",
        data: { from, to },
        actorType: "SYSTEM",
        fromStep: from,
        toStep: to,
        createdAt: at(on),
      },
    });
    from = to;
  }
  if (end) {
    await db.caseEvent.create({
      data: {
        requestId: request.id,
        type: "ENDED",
        data: { outcome: end.outcome, reason: "Beslut" },
        actorType: "STAFF",
        fromStep: from,
        createdAt: at(end.on),
      },
    });
  }
  await db.request.update({
    where: { id: request.id },
    data: {
      step: from,
      stepEnteredAt: at(moves.at(-1)?.[1] ?? received),
      ...(end ? { status: "ENDED", outcome: end.outcome, collaborationForm: end.form ?? null } : {}),
    },
  });
  return request;
}

describe("dashboard figures", () => {
  it("counts steps, stays, overdue cases, themes, months, decisions, partnerships and follow-ups", async () => {
    const overdue = await request(
      "2026-10-01",
      ["INTEGRATION", "LABOUR_MARKET"],
      [
        ["REVIEWED", "2026-10-05"],
        ["PRESENTED", "2026-10-15"],
      ],
    );
    await request("2026-11-10", ["INTEGRATION"], []);
    await request("2026-06-01", ["MENTAL_HEALTH"], [["REVIEWED", "2026-06-03"]], {
      outcome: "GRANTED",
      on: "2026-06-09",
      form: "IOP",
    });
    // Received more than twelve months back: a decision and a stay, but not in the monthly figures.
    await request("2025-11-20", ["OTHER"], [], { outcome: "DECLINED", on: "2025-11-28" });

    const ending = await createPartnership(db, { endDate: day("2027-01-31") });
    const later = await createPartnership(db, { endDate: day("2027-06-30") });
    await createPartnership(db, { status: "ENDED", endDate: day("2026-12-01") });
    const draft = await createPartnership(db, { status: "DRAFT", endDate: day("2026-12-01") });
    await db.followUp.createMany({
      data: [
        { partnershipId: ending.id, dueDate: day("2026-11-01") },
        { partnershipId: ending.id, dueDate: day("2026-11-20"), kind: "REPORT" },
        { partnershipId: ending.id, dueDate: day("2026-12-20") },
        { partnershipId: ending.id, dueDate: day("2026-11-05"), doneAt: day("2026-11-05") },
        { partnershipId: later.id, dueDate: day("2026-12-14") },
        { partnershipId: draft.id, dueDate: day("2026-11-20") },
      ],
    });

    const f = await figures(DEFAULT_WORKFLOW_SETTINGS, new Date("2026-11-15T12:00:00Z"), db);

    expect(f.openPerStep).toEqual({
      RECEIVED: 1,
      REVIEWED: 0,
      EXPERTS_CONSULTED: 0,
      PRESENTED: 1,
      PROPOSAL: 0,
      COMMITTEE: 0,
    });
    // RECEIVED: 4, 2 and 8 days (the open request's stay is not complete); REVIEWED: 10 and 6 days.
    expect(f.daysPerStep.RECEIVED).toEqual({ median: 4, stays: 3 });
    expect(f.daysPerStep.REVIEWED).toEqual({ median: 8, stays: 2 });
    expect(f.daysPerStep.PRESENTED).toEqual({ median: null, stays: 0 });
    expect(f.overdue.count).toBe(1);
    expect(f.overdue.cases).toEqual([
      { id: overdue.id, registrationNumber: overdue.registrationNumber, step: "PRESENTED", days: 31 },
    ]);
    expect(f.perTheme).toEqual({
      INTEGRATION: 2,
      YOUTH_EMPLOYMENT: 0,
      VIOLENCE_AGAINST_WOMEN: 0,
      LABOUR_MARKET: 1,
      MENTAL_HEALTH: 1,
      RURAL_ACTIVITIES: 0,
      OTHER: 0,
    });
    expect(f.perMonth.map((m) => m.month)).toEqual([
      "2025-12",
      ...["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11"].map((m) => `2026-${m}`),
    ]);
    expect(f.perMonth.filter((m) => m.count)).toEqual([
      { month: "2026-06", count: 1 },
      { month: "2026-10", count: 1 },
      { month: "2026-11", count: 1 },
    ]);
    expect(f.decisions).toEqual({
      granted: { IOP: 1, GRANT: 0, PROCUREMENT: 0, RESERVED_PROCUREMENT: 0, OTHER: 0 },
      declined: 1,
    });
    expect(f.partnerships.active).toBe(2);
    expect(f.partnerships.ending).toEqual([{ id: ending.id, title: ending.title, endDate: "2027-01-31" }]);
    expect(f.followUps.overdue).toBe(1);
    expect(f.followUps.dueSoon).toBe(2);
    expect(f.followUps.list.map((x) => [x.dueDate, x.overdue])).toEqual([
      ["2026-11-01", true],
      ["2026-11-20", false],
      ["2026-12-14", false],
    ]);
  });
});
