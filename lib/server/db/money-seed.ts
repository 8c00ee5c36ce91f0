import "server-only";
import { lineTotal } from "@/lib/domain/budget";
import { addDays, dateValue, isoDate, swedishDate } from "@/lib/domain/follow-ups";
import { addMonthsToDate, coveredFraction, splitEvenly } from "@/lib/domain/money";
import { budgetLinesOf } from "../partnerships/queries";
import type { Db } from "./client";
import { DEMO_PARTNERSHIP_TITLE } from "./follow-up-seed";

// The money of the demo partnership (follow-up-seed.ts): the municipality's contribution in four
// quarterly instalments (two paid, the third overdue), actual costs up to the end of last month with
// the contribution spent faster than planned (which raises the deviation flag), and one repayment
// claim. Dates are relative to the day the demo is seeded; every sum comes from lib/domain/money.ts.

export async function seedDemoMoney(db: Db, now = new Date()): Promise<void> {
  const p = await db.partnership.findFirst({
    where: { title: DEMO_PARTNERSHIP_TITLE },
    include: { parties: { orderBy: { sortOrder: "asc" } }, budgetLines: { orderBy: { id: "asc" } } },
  });
  if (!p || !p.startDate || (await db.paymentInstalment.count({ where: { partnershipId: p.id } }))) return;
  const [association, municipality] = p.parties;
  if (!association || !municipality) return;
  const start = isoDate(p.startDate);
  const year = Number(start.slice(0, 4));
  const lines = budgetLinesOf(p.budgetLines).map((l, i) => ({ ...l, id: p.budgetLines[i]!.id }));
  const money = lines.find((l) => l.partyId === municipality.id && l.year === year && l.kind === "MONEY");
  if (!money) return;

  const amounts = splitEvenly(lineTotal(money), 4);
  const instalments = await db.paymentInstalment.createManyAndReturn({
    data: amounts.map((amountOre, i) => ({
      partnershipId: p.id,
      partyId: municipality.id,
      year,
      dueDate: dateValue(addMonthsToDate(start, i * 3)),
      amountOre,
    })),
  });
  await db.payment.createMany({
    data: instalments.slice(0, 2).map((i, n) => ({
      partnershipId: p.id,
      partyId: municipality.id,
      year,
      paidOn: dateValue(addDays(isoDate(i.dueDate), 3)),
      amountOre: i.amountOre,
      reference: `VER-${year}-${String(n + 101)}`,
      instalmentId: i.id,
    })),
  });

  // Actuals up to the end of last month: on plan for every line, except the contribution, spent a
  // third faster than the budget pro rata.
  const today = swedishDate(now);
  const lastMonthEnd = addDays(`${today.slice(0, 7)}-01`, -1);
  const spentOn = lastMonthEnd.slice(0, 4) === String(year) ? lastMonthEnd : `${year}-12-31`;
  const covered = coveredFraction(year, spentOn, { start, end: p.endDate ? isoDate(p.endDate) : null });
  if (!covered) return;
  await db.actualCost.createMany({
    data: lines
      .filter((l) => l.year === year)
      .map((l) => {
        const expected = (lineTotal(l) * BigInt(covered.num)) / BigInt(covered.den);
        return {
          partnershipId: p.id,
          budgetLineId: l.id,
          amountOre: l.id === money.id ? (expected * 4n) / 3n : expected,
          spentOn: dateValue(spentOn),
          source: "STAFF" as const,
          note: l.id === money.id ? "Fler deltagare än planerat har fått handledning." : "",
        };
      }),
  });
  await db.repaymentClaim.create({
    data: {
      partnershipId: p.id,
      partyId: association.id,
      amountOre: 1_500_000n,
      reason: "En studieresa betalades med verksamhetsbidraget utan att den ingick i överenskommelsen.",
      dueDate: dateValue(addDays(today, 30)),
    },
  });
}
