import "server-only";
import { lineTotal } from "@/lib/domain/budget";
import { addDays, isoDate, swedishDate } from "@/lib/domain/follow-ups";
import { addMonthsToDate, coveredFraction, splitEvenly } from "@/lib/domain/money";
import { staffActor } from "../audit/record";
import type { ChangeResult } from "../partnerships/guard";
import { recordActual, recordClaim, recordPayment, savePaymentPlan } from "../partnerships/money";
import { budgetLinesOf } from "../partnerships/queries";
import type { Db } from "./client";
import { demoActors } from "./demo-cases";
import { DEMO_PARTNERSHIP_TITLE } from "./follow-up-seed";

// The money of the demo partnership (follow-up-seed.ts): the municipality's contribution in four
// quarterly instalments (two paid, the third overdue), actual costs up to the end of last month with
// the contribution spent faster than planned (which raises the deviation flag), and one repayment
// claim. Dates are relative to the day the demo is seeded; every sum comes from lib/domain/money.ts.
// Each entry goes through the verb of its form on the money page, so the trail holds them as typed.

function expectOk(what: string, result: ChangeResult): void {
  if (!result.ok) throw new Error(`demo ${what} refused: ${JSON.stringify(result)}`);
}

export async function seedDemoMoney(db: Db, now = new Date()): Promise<void> {
  const p = await db.partnership.findFirst({
    where: { title: DEMO_PARTNERSHIP_TITLE },
    include: { parties: { orderBy: { sortOrder: "asc" } }, budgetLines: { orderBy: { id: "asc" } } },
  });
  if (!p || !p.startDate || (await db.paymentInstalment.count({ where: { partnershipId: p.id } }))) return;
  const [association, municipality] = p.parties;
  if (!association || !municipality) return;
  const actor = staffActor((await demoActors(db)).lots.id);
  const partnershipId = p.id;
  const start = isoDate(p.startDate);
  const year = Number(start.slice(0, 4));
  const lines = budgetLinesOf(p.budgetLines).map((l, i) => ({ ...l, id: p.budgetLines[i]!.id }));
  const money = lines.find((l) => l.partyId === municipality.id && l.year === year && l.kind === "MONEY");
  if (!money) return;

  const ids = { partnershipId, partyId: municipality.id, year };
  const amounts = splitEvenly(lineTotal(money), 4);
  expectOk(
    "payment plan",
    await savePaymentPlan(actor, {
      ...ids,
      instalments: amounts.map((amountOre, i) => ({ dueDate: addMonthsToDate(start, i * 3), amountOre })),
    }),
  );
  const instalments = await db.paymentInstalment.findMany({ where: ids, orderBy: { dueDate: "asc" } });
  for (const [n, i] of instalments.slice(0, 2).entries())
    expectOk(
      "payment",
      await recordPayment(actor, {
        ...ids,
        paidOn: addDays(isoDate(i.dueDate), 3),
        amountOre: i.amountOre,
        reference: `VER-${year}-${String(n + 101)}`,
        instalmentId: i.id,
      }),
    );

  // Actuals up to the end of last month: on plan for every line, except the contribution, spent a
  // third faster than the budget pro rata.
  const today = swedishDate(now);
  const lastMonthEnd = addDays(`${today.slice(0, 7)}-01`, -1);
  const spentOn = lastMonthEnd.slice(0, 4) === String(year) ? lastMonthEnd : `${year}-12-31`;
  const covered = coveredFraction(year, spentOn, { start, end: p.endDate ? isoDate(p.endDate) : null });
  if (!covered) return;
  for (const l of lines.filter((x) => x.year === year)) {
    const expected = (lineTotal(l) * BigInt(covered.num)) / BigInt(covered.den);
    const amountOre = l.id === money.id ? (expected * 4n) / 3n : expected;
    // A line with nothing spent yet has no entry: an actual cost is a positive amount.
    if (amountOre <= 0n) continue;
    expectOk(
      "actual cost",
      await recordActual(actor, {
        partnershipId,
        budgetLineId: l.id,
        amountOre,
        spentOn,
        note: l.id === money.id ? "Fler deltagare än planerat har fått handledning." : "",
      }),
    );
  }
  expectOk(
    "repayment claim",
    await recordClaim(actor, {
      partnershipId,
      partyId: association.id,
      amountOre: 1_500_000n,
      reason: "En studieresa betalades med verksamhetsbidraget utan att den ingick i överenskommelsen.",
      dueDate: addDays(today, 30),
    }),
  );
}
