import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db/client";
import { staffActor } from "@/lib/server/audit/record";
import { ActualsRefused, recordActualCosts } from "@/lib/server/partnerships/actuals";
import * as money from "@/lib/server/partnerships/money";
import { moneyOverview } from "@/lib/server/partnerships/money-view";
import { getMoneySettings, saveMoneySettings } from "@/lib/server/money-settings";
import { quarterlyReport } from "@/lib/server/partnerships/quarterly-report";
import { seedDemoPartnership } from "@/lib/server/db/follow-up-seed";
import { seedDemoMoney } from "@/lib/server/db/money-seed";
import { seedDemoStaff } from "@/lib/server/db/seed";
import { staffMember, staffMemberBeforeAll } from "../factories";
import { createPartnership } from "../factories/partnerships";

const tkr = (n: number) => BigInt(n) * 100_000n;

/**
 * A partnership with the agreement template's municipal budget (money 500 tkr, staff time 30 tkr) for
 * `year`; `municipalYear` names that party and year as the money verbs take them.
 */
async function withBudget(year = 2026) {
  const db = await getDb();
  const p = await createPartnership(db);
  const [association, municipality] = await db.partnershipParty.findMany({
    where: { partnershipId: p.id },
    orderBy: { sortOrder: "asc" },
  });
  const line = (
    partyId: string,
    kind: "MONEY" | "STAFF_TIME" | "MATERIAL",
    description: string,
    sek: number,
  ) =>
    db.budgetLine.create({
      data: {
        partnershipId: p.id,
        partyId,
        year,
        kind,
        description,
        quantity: 1,
        unit: "st",
        unitPriceSek: sek,
      },
    });
  const stod = await line(municipality!.id, "MONEY", "Verksamhetsstöd", 500_000);
  const styrgrupp = await line(municipality!.id, "STAFF_TIME", "Styrgrupp", 30_000);
  const material = await line(association!.id, "MATERIAL", "Material", 45_000);
  const municipalYear = { partnershipId: p.id, partyId: municipality!.id, year };
  return {
    p,
    association: association!,
    municipality: municipality!,
    municipalYear,
    stod,
    styrgrupp,
    material,
  };
}

async function audits(entity: string, entityId?: string) {
  const db = await getDb();
  return db.auditEvent.findMany({
    where: { entity, ...(entityId ? { entityId } : {}) },
    orderBy: { id: "asc" },
  });
}

describe("the money of a partnership", () => {
  const staff = staffMemberBeforeAll();

  it("saves a payment plan only when it sums exactly to the party's money, and audits it", async () => {
    const { p, municipality, association, municipalYear: base } = await withBudget();
    const actor = staffActor(staff.id);
    const short = await money.savePaymentPlan(actor, {
      ...base,
      instalments: [
        { dueDate: "2026-02-01", amountOre: tkr(250) },
        { dueDate: "2026-08-01", amountOre: tkr(249) },
      ],
    });
    expect(short).toEqual({ ok: false, code: "invalid", errors: { plan: "mismatch" } });
    const none = await money.savePaymentPlan(actor, {
      ...base,
      partyId: association.id,
      instalments: [{ dueDate: "2026-02-01", amountOre: 1n }],
    });
    expect(none).toEqual({ ok: false, code: "invalid", errors: { plan: "noBudget" } });
    const db = await getDb();
    expect(await db.paymentInstalment.count({ where: { partnershipId: p.id } })).toBe(0);

    expect(
      await money.splitPaymentPlan(actor, {
        ...base,
        count: 3,
        firstDueDate: "2026-01-31",
        monthsBetween: 4,
      }),
    ).toEqual({
      ok: true,
    });
    const plan = await db.paymentInstalment.findMany({
      where: { partnershipId: p.id },
      orderBy: { dueDate: "asc" },
    });
    expect(plan.map((i) => [i.dueDate.toISOString().slice(0, 10), i.amountOre])).toEqual([
      ["2026-01-31", 16_666_666n],
      ["2026-05-31", 16_666_666n],
      ["2026-09-30", 16_666_668n],
    ]);
    const trail = await audits("payment_plan", `${p.id}:${municipality.id}:2026`);
    expect(trail).toHaveLength(1);
    expect(trail[0]!.actorId).toBe(staff.id);

    // A party of another partnership is not found.
    const other = await withBudget();
    expect(
      await money.savePaymentPlan(actor, { ...base, partyId: other.municipality.id, instalments: [] }),
    ).toEqual({
      ok: false,
      code: "notFound",
    });
  });

  it("records payments, refusing an instalment of another party, and shows overdue instalments", async () => {
    const { p, municipality, association, municipalYear } = await withBudget();
    const actor = staffActor(staff.id);
    await money.splitPaymentPlan(actor, {
      ...municipalYear,
      count: 2,
      firstDueDate: "2026-01-31",
      monthsBetween: 6,
    });
    const db = await getDb();
    const [first] = await db.paymentInstalment.findMany({
      where: { partnershipId: p.id },
      orderBy: { dueDate: "asc" },
    });
    const payment = {
      partnershipId: p.id,
      year: 2026,
      paidOn: "2026-02-02",
      amountOre: tkr(250),
      reference: "F-1001",
    };
    expect(
      await money.recordPayment(actor, { ...payment, partyId: association.id, instalmentId: first!.id }),
    ).toMatchObject({ ok: false, errors: { instalmentId: "otherInstalment" } });
    const ok = await money.recordPayment(actor, {
      ...payment,
      partyId: municipality.id,
      instalmentId: first!.id,
    });
    expect(ok.ok).toBe(true);
    expect(await audits("payment", ok.ok ? ok.id : "")).toHaveLength(1);

    const m = (await moneyOverview(p.id, new Date("2026-09-01T12:00:00Z")))!;
    const row = m.rows.find((r) => r.partyId === municipality.id && r.year === 2026)!;
    expect(row).toMatchObject({ budget: tkr(530), payable: tkr(500), planned: tkr(500), paid: tkr(250) });
    expect(m.instalments.map((i) => i.overdue)).toEqual([false, true]);
  });

  it("records actual costs from a report and by staff, refusing lines of another partnership", async () => {
    const { p, material, stod } = await withBudget();
    const other = await withBudget();
    const db = await getDb();
    await expect(
      db.$transaction((tx) =>
        recordActualCosts(
          tx,
          { type: "PARTNER" },
          {
            partnershipId: p.id,
            reportId: null,
            entries: [
              { budgetLineId: material.id, amountOre: 100 },
              { budgetLineId: other.material.id, amountOre: 100 },
            ],
          },
        ),
      ),
    ).rejects.toBeInstanceOf(ActualsRefused);
    await expect(
      db.$transaction((tx) =>
        recordActualCosts(tx, staffActor(staff.id), {
          partnershipId: p.id,
          reportId: null,
          entries: [{ budgetLineId: material.id, amountOre: 1.5 }],
        }),
      ),
    ).rejects.toBeInstanceOf(ActualsRefused);
    expect(await db.actualCost.count({ where: { partnershipId: p.id } })).toBe(0);

    const reportId = "0b9b8f43-5d2a-4b8a-9a52-3c1f9e0d7a11";
    await db.$transaction((tx) =>
      recordActualCosts(tx, staffActor(staff.id), {
        partnershipId: p.id,
        reportId,
        entries: [
          { budgetLineId: material.id, amountOre: 1_234_50 },
          { budgetLineId: stod.id, amountOre: 0 },
        ],
      }),
    );
    const rows = await db.actualCost.findMany({ where: { partnershipId: p.id } });
    expect(rows.map((r) => [r.source, r.reportId, r.amountOre, r.recordedById])).toEqual([
      ["REPORT", reportId, 123_450n, staff.id],
    ]);
    expect(await audits("actual_cost", rows[0]!.id)).toHaveLength(1);

    const byStaff = await money.recordActual(staffActor(staff.id), {
      partnershipId: p.id,
      budgetLineId: stod.id,
      amountOre: tkr(100),
      spentOn: "2026-03-31",
      note: "Första kvartalet",
    });
    expect(byStaff).toEqual({ ok: true });
    expect(
      await money.recordActual(staffActor(staff.id), {
        partnershipId: p.id,
        budgetLineId: other.stod.id,
        amountOre: 1n,
        spentOn: "2026-03-31",
        note: "",
      }),
    ).toMatchObject({ ok: false, errors: { budgetLineId: "choose" } });
    const m = (await moneyOverview(p.id))!;
    expect(m.totals.spent).toBe(tkr(100) + 123_450n);
  });

  it("raises the deviation flag beyond the threshold and clears it with a dialogue until the numbers move", async () => {
    const { p, stod, styrgrupp } = await withBudget();
    const actor = staffActor(staff.id);
    const at = new Date("2026-07-15T12:00:00Z");
    // The first half year (181 of 365 days): 247 945 kr of the money line expected, 400 000 kr spent.
    await money.recordActual(actor, {
      partnershipId: p.id,
      budgetLineId: stod.id,
      amountOre: tkr(400),
      spentOn: "2026-06-30",
      note: "",
    });
    await money.recordActual(actor, {
      partnershipId: p.id,
      budgetLineId: styrgrupp.id,
      amountOre: tkr(15),
      spentOn: "2026-06-30",
      note: "",
    });
    let m = (await moneyOverview(p.id, at))!;
    expect(m.threshold).toBe((await getMoneySettings()).deviationThresholdPercent);
    expect(m.flag).toBe(true);
    expect(m.deviations.some((d) => d.lineId === stod.id)).toBe(true);

    const held = await money.recordDialogue(actor, {
      partnershipId: p.id,
      heldOn: "2026-07-10",
      note: "Fler deltagare än väntat.",
    });
    expect(held.ok).toBe(true);
    expect(await audits("deviation_dialogue", held.ok ? held.id : "")).toHaveLength(1);
    m = (await moneyOverview(p.id, at))!;
    expect(m.flag).toBe(false);
    expect(m.deviations.length).toBeGreaterThan(0);

    await money.recordActual(actor, {
      partnershipId: p.id,
      budgetLineId: stod.id,
      amountOre: tkr(10),
      spentOn: "2026-07-31",
      note: "",
    });
    m = (await moneyOverview(p.id, at))!;
    expect(m.flag).toBe(true);
  });

  it("keeps the threshold in settings, audited", async () => {
    const admin = await staffMember(["ADMIN"]);
    const before = await getMoneySettings();
    await saveMoneySettings({ deviationThresholdPercent: 15 }, admin);
    expect(await getMoneySettings()).toEqual({ deviationThresholdPercent: 15 });
    const trail = await audits("setting", "money");
    expect(trail.at(-1)!.changes).toMatchObject({ deviationThresholdPercent: { to: 15 } });
    await saveMoneySettings(before, admin);
  });

  it("records repayment claims and their repayment, at most the amount claimed", async () => {
    const { p, association } = await withBudget();
    const actor = staffActor(staff.id);
    const claim = await money.recordClaim(actor, {
      partnershipId: p.id,
      partyId: association.id,
      amountOre: tkr(20),
      reason: "Medel användes till annat än överenskommet.",
      dueDate: "2026-10-31",
    });
    expect(claim.ok).toBe(true);
    const claimId = claim.ok ? claim.id! : "";
    expect(
      await money.recordClaimPaid(actor, {
        partnershipId: p.id,
        claimId,
        paidOn: "2026-10-20",
        paidAmountOre: tkr(21),
      }),
    ).toMatchObject({ ok: false, errors: { paidAmount: "moreThanClaimed" } });
    let m = (await moneyOverview(p.id, new Date("2026-11-15T12:00:00Z")))!;
    expect(m.claims.map((c) => [c.state, c.outstanding])).toEqual([["overdue", tkr(20)]]);
    expect(
      await money.recordClaimPaid(actor, {
        partnershipId: p.id,
        claimId,
        paidOn: "2026-11-20",
        paidAmountOre: tkr(20),
      }),
    ).toEqual({ ok: true });
    m = (await moneyOverview(p.id, new Date("2026-11-25T12:00:00Z")))!;
    expect(m.claims.map((c) => [c.state, c.outstanding])).toEqual([["paid", 0n]]);
    expect((await audits("repayment_claim", claimId)).map((a) => a.action)).toEqual(["created", "paid"]);
    const other = await withBudget();
    expect(
      await money.recordClaimPaid(actor, {
        partnershipId: other.p.id,
        claimId,
        paidOn: "2026-11-20",
        paidAmountOre: 1n,
      }),
    ).toEqual({ ok: false, code: "notFound" });
  });

  it("carries a surplus of an ended year into the next, at most what is left", async () => {
    const { p, municipality, stod } = await withBudget(2025);
    const db = await getDb();
    await db.budgetLine.create({
      data: {
        partnershipId: p.id,
        partyId: municipality.id,
        year: 2026,
        kind: "MONEY",
        description: "Stöd 2026",
        quantity: 1,
        unit: "st",
        unitPriceSek: 500_000,
      },
    });
    const actor = staffActor(staff.id);
    await money.recordActual(actor, {
      partnershipId: p.id,
      budgetLineId: stod.id,
      amountOre: tkr(480),
      spentOn: "2025-12-31",
      note: "",
    });
    const base = { partnershipId: p.id, partyId: municipality.id, purpose: "Samma verksamhet nästa år." };
    // 530 budget − 480 spent = 50 tkr left of 2025.
    expect(
      await money.carrySurplus(actor, { ...base, fromYear: 2025, amountOre: tkr(51) }, "2026-01-10"),
    ).toMatchObject({
      ok: false,
      errors: { amount: "moreThanLeft" },
    });
    expect(
      await money.carrySurplus(actor, { ...base, fromYear: 2026, amountOre: tkr(1) }, "2026-06-10"),
    ).toMatchObject({
      ok: false,
      errors: { partyYear: "yearNotEnded" },
    });
    const ok = await money.carrySurplus(actor, { ...base, fromYear: 2025, amountOre: tkr(50) }, "2026-01-10");
    expect(ok.ok).toBe(true);
    expect(await audits("surplus_carry", ok.ok ? ok.id : "")).toHaveLength(1);
    expect(
      await money.carrySurplus(actor, { ...base, fromYear: 2025, amountOre: 1n }, "2026-01-10"),
    ).toMatchObject({
      errors: { amount: "nothingLeft" },
    });
    const m = (await moneyOverview(p.id))!;
    const y2026 = m.rows.find((r) => r.partyId === municipality.id && r.year === 2026)!;
    expect(y2026).toMatchObject({ carriedIn: tkr(50), remaining: tkr(550) });
  });

  it("shows budget, paid, spent and remaining in the quarterly report", async () => {
    const { p, municipalYear, stod } = await withBudget();
    const actor = staffActor(staff.id);
    await money.recordPayment(actor, {
      ...municipalYear,
      paidOn: "2026-02-01",
      amountOre: tkr(125),
      reference: "V-1",
      instalmentId: null,
    });
    await money.recordActual(actor, {
      partnershipId: p.id,
      budgetLineId: stod.id,
      amountOre: tkr(100),
      spentOn: "2026-03-31",
      note: "",
    });
    const report = (await quarterlyReport(p.id, "2026-Q1", "sv", new Date("2026-04-15T12:00:00Z")))!;
    const moneySection = report.outline.sections.find((s) => s.id === "money")!;
    const table = moneySection.blocks.find((b) => b.kind === "table");
    expect(table && table.kind === "table" && table.rows.find((r) => r[0] === "Kommunstyrelsen")).toEqual([
      "Kommunstyrelsen",
      "2026",
      "530\u00a0000\u00a0kr",
      "125\u00a0000\u00a0kr",
      "100\u00a0000\u00a0kr",
      "430\u00a0000\u00a0kr",
    ]);
  });

  it("gives the demo partnership a plan, two payments, actuals that raise the flag and a claim", async () => {
    const db = await getDb();
    const now = new Date("2026-11-30T12:00:00Z");
    await seedDemoStaff(db);
    await seedDemoPartnership(db, now);
    await seedDemoMoney(db, now);
    await seedDemoMoney(db, now); // once only
    const p = await db.partnership.findFirstOrThrow({
      where: { title: { startsWith: "Vägen till arbete" } },
    });
    const m = (await moneyOverview(p.id, now))!;
    expect(m.instalments).toHaveLength(4);
    expect(m.payments).toHaveLength(2);
    expect(m.instalments.filter((i) => i.overdue)).toHaveLength(1);
    expect(m.flag).toBe(true);
    expect(m.claims.map((c) => c.state)).toEqual(["open"]);
    expect(m.totals.paid).toBe(20_000_000n);
  });
});
