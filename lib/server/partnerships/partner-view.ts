import "server-only";
import { lineTotal } from "@/lib/domain/budget";
import { isoDate, readGoals, swedishDate } from "@/lib/domain/follow-ups";
import { periodValue, quarterForDueDate, type ReportPeriod } from "@/lib/domain/partner-report";
import { formatQuarter, quarterOf, quartersBetween } from "@/lib/domain/quarters";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "../db/client";
import { budgetLinesOf, PARTIES_AND_LINES, TERM } from "./queries";

// What a party's contact sees through their partner link, and nothing more: the agreement's public
// facts, the budget per party, the follow-up schedule, and their own party's reports. Staff notes,
// the request behind the partnership and other parties' reports are never selected here.

/** The agreement's public facts, its parties, budget and follow-up schedule. */
const PARTNER_FACTS = {
  id: true,
  title: true,
  municipality: true,
  status: true,
  purpose: true,
  ...TERM,
  goals: true,
  ...PARTIES_AND_LINES,
  followUps: {
    where: { kind: { not: "EXTRA" } },
    orderBy: [{ dueDate: "asc" }, { id: "asc" }],
    select: { id: true, kind: true, dueDate: true, doneAt: true },
  },
} satisfies Prisma.PartnershipSelect;

/** What the contact sees of each of their own party's reports. */
const OWN_REPORT = {
  id: true,
  followUpId: true,
  quarter: true,
  status: true,
  reviewComment: true,
  submittedAt: true,
  reviewedAt: true,
  replacedBy: { select: { id: true } },
} satisfies Prisma.PartnerReportSelect;

export async function partnerView(partyId: string, partnershipId: string, now = new Date()) {
  const db = await getDb();
  const p = await db.partnership.findUnique({
    where: { id: partnershipId },
    select: {
      ...PARTNER_FACTS,
      partnerReports: { where: { partyId }, orderBy: { submittedAt: "desc" }, select: OWN_REPORT },
    },
  });
  if (!p) return null;
  const party = p.parties.find((x) => x.id === partyId);
  if (!party) return null;
  const today = swedishDate(now);
  const computed = budgetLinesOf(p.budgetLines);
  const lines = p.budgetLines.map((l, i) => ({
    id: l.id,
    partyId: l.partyId,
    year: l.year,
    kind: l.kind,
    description: l.description,
    amountOre: Number(lineTotal(computed[i]!)),
  }));
  const schedule = p.followUps.map((f) => ({
    id: f.id,
    kind: f.kind,
    dueDate: isoDate(f.dueDate),
    held: f.doneAt !== null,
  }));
  const reports = p.partnerReports.map((r) => ({ ...r, replaced: r.replacedBy !== null }));
  return {
    partnership: p,
    party,
    goals: readGoals(p.goals),
    lines,
    schedule,
    nextDue: schedule.find((f) => !f.held && f.dueDate >= today) ?? null,
    overdue: schedule.filter((f) => !f.held && f.dueDate < today),
    reports,
    periods: reportPeriods(p, reports, today),
    today,
  };
}

export type PartnerView = NonNullable<Awaited<ReturnType<typeof partnerView>>>;

/**
 * What a new report may answer: each REPORT follow-up not yet held, and each quarter of the period
 * up to the current one, less those with a report waiting for review or accepted.
 */
function reportPeriods(
  p: {
    startDate: Date | null;
    endDate: Date | null;
    startYear: number | null;
    endYear: number | null;
    followUps: { id: string; kind: string; dueDate: Date; doneAt: Date | null }[];
  },
  reports: { followUpId: string | null; quarter: string; status: string }[],
  today: string,
): { value: string; period: ReportPeriod; dueDate?: string; quarter: string }[] {
  const taken = reports.filter((r) => r.status !== "RETURNED");
  const out: { value: string; period: ReportPeriod; dueDate?: string; quarter: string }[] = [];
  for (const f of p.followUps) {
    if (f.kind !== "REPORT" || f.doneAt || taken.some((r) => r.followUpId === f.id)) continue;
    const period = { followUpId: f.id };
    out.push({
      value: periodValue(period),
      period,
      dueDate: isoDate(f.dueDate),
      quarter: quarterForDueDate(isoDate(f.dueDate)),
    });
  }
  const start = p.startDate ? isoDate(p.startDate) : p.startYear ? `${p.startYear}-01-01` : null;
  const end = p.endDate ? isoDate(p.endDate) : p.endYear ? `${p.endYear}-12-31` : null;
  if (start && end && start <= end) {
    const current = formatQuarter(quarterOf(today));
    for (const q of quartersBetween(start, end).map(formatQuarter)) {
      if (q > current) break;
      if (taken.some((r) => !r.followUpId && r.quarter === q)) continue;
      out.push({ value: periodValue({ quarter: q }), period: { quarter: q }, quarter: q });
    }
  }
  return out;
}
