import "server-only";
import { isoDate, swedishDate } from "@/lib/domain/follow-ups";
import { isUuid } from "@/lib/domain/ids";
import {
  actualsFingerprint,
  claimOutstanding,
  claimState,
  deviationFlag,
  overdueInstalments,
  partyYearMoney,
  significantDeviations,
  sum,
  type PartyYearMoney,
} from "@/lib/domain/money";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "../db/client";
import { getMoneySettings } from "../money-settings";
import { budgetLinesOf, PARTIES_AND_LINES } from "./queries";

// What the money page, the quarterly report and the dashboard read: the stored rows, and every sum
// computed from them by lib/domain/money.ts. Access is checked by the caller.

/** The partnership's own columns the money pages show, and its parties and budget lines. */
const MONEY_PARTNERSHIP = {
  id: true,
  title: true,
  version: true,
  startDate: true,
  endDate: true,
  ...PARTIES_AND_LINES,
} satisfies Prisma.PartnershipSelect;

export async function moneyOverview(partnershipId: string, now = new Date()) {
  if (!isUuid(partnershipId)) return null;
  const db = await getDb();
  const where = { partnershipId };
  const p = await db.partnership.findUnique({ where: { id: partnershipId }, select: MONEY_PARTNERSHIP });
  if (!p) return null;
  const [instalmentRows, paymentRows, actualRows, dialogues, claimRows, surplus, settings] =
    await Promise.all([
      db.paymentInstalment.findMany({ where, orderBy: [{ dueDate: "asc" }, { id: "asc" }] }),
      db.payment.findMany({ where, orderBy: [{ paidOn: "asc" }, { createdAt: "asc" }] }),
      db.actualCost.findMany({ where, orderBy: [{ spentOn: "asc" }, { createdAt: "asc" }] }),
      db.deviationDialogue.findMany({ where, orderBy: { createdAt: "desc" } }),
      db.repaymentClaim.findMany({ where, orderBy: [{ dueDate: "asc" }, { createdAt: "asc" }] }),
      db.surplusCarry.findMany({ where, orderBy: [{ fromYear: "asc" }, { createdAt: "asc" }] }),
      getMoneySettings(),
    ]);
  const today = swedishDate(now);
  const computed = budgetLinesOf(p.budgetLines);
  const lines = p.budgetLines.map((row, i) => ({ ...computed[i]!, id: row.id }));
  const instalments = instalmentRows.map((i) => ({ ...i, dueDate: isoDate(i.dueDate) }));
  const payments = paymentRows.map((x) => ({ ...x, paidOn: isoDate(x.paidOn) }));
  const actuals = actualRows.map((a) => ({ ...a, spentOn: isoDate(a.spentOn) }));
  const years = [...new Set(lines.map((l) => l.year))].sort((a, b) => a - b);
  const rows: PartyYearMoney[] = years.flatMap((year) =>
    p.parties.map((party) =>
      partyYearMoney({ lines, partyId: party.id, year, instalments, payments, actuals, surplus }),
    ),
  );
  const deviations = significantDeviations({
    lines,
    actuals,
    thresholdPercent: settings.deviationThresholdPercent,
    period: { start: p.startDate ? isoDate(p.startDate) : null, end: p.endDate ? isoDate(p.endDate) : null },
  });
  const fingerprint = actualsFingerprint(actuals);
  const overdue = new Set(overdueInstalments(instalments, payments, today).map((i) => i.id));
  const claims = claimRows.map((c) => {
    const claim = { ...c, dueDate: isoDate(c.dueDate), paidOn: c.paidOn ? isoDate(c.paidOn) : null };
    return { ...claim, outstanding: claimOutstanding(claim), state: claimState(claim, today) };
  });
  return {
    partnership: p,
    today,
    lines,
    years,
    rows,
    totals: {
      budget: sum(rows.map((r) => r.budget)),
      paid: sum(rows.map((r) => r.paid)),
      spent: sum(rows.map((r) => r.spent)),
      remaining: sum(rows.map((r) => r.remaining)),
    },
    instalments: instalments.map((i) => ({
      ...i,
      paid: sum(payments.filter((x) => x.instalmentId === i.id).map((x) => x.amountOre)),
      overdue: overdue.has(i.id),
    })),
    payments,
    actuals,
    threshold: settings.deviationThresholdPercent,
    deviations,
    flag: deviationFlag(deviations, fingerprint, dialogues[0]?.fingerprint ?? null),
    dialogues: dialogues.map((d) => ({ ...d, heldOn: isoDate(d.heldOn) })),
    claims,
    surplus,
  };
}
export type MoneyOverview = NonNullable<Awaited<ReturnType<typeof moneyOverview>>>;

/** The dashboard's sums over the active partnerships (every year), and which of them are flagged. */
export async function activeMoneyTotals(now = new Date()) {
  const db = await getDb();
  const active = await db.partnership.findMany({
    where: { status: "ACTIVE" },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  const all = (await Promise.all(active.map((p) => moneyOverview(p.id, now)))).filter((m) => m !== null);
  const total = (k: "budget" | "paid" | "spent" | "remaining") => sum(all.map((m) => m.totals[k]));
  return {
    budget: total("budget"),
    paid: total("paid"),
    spent: total("spent"),
    remaining: total("remaining"),
    flagged: all.filter((m) => m.flag).map((m) => ({ id: m.partnership.id, title: m.partnership.title })),
  };
}
