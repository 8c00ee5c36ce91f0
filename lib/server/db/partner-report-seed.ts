import "server-only";
import { addDays, isoDate, readGoals, swedishDate } from "@/lib/domain/follow-ups";
import { formatQuarter, quarterOf } from "@/lib/domain/quarters";
import { reviewPartnerReport } from "../partnerships/review-partner-report";
import { submitPartnerReport } from "../partnerships/submit-partner-report";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "./client";
import { DEMO_PDF, demoActors } from "./demo-cases";
import { DEMO_PARTNERSHIP_TITLE } from "./follow-up-seed";

// The demo partnership's civil-society party (its contact set in follow-up-seed.ts) has sent two
// follow-up reports, and staff reviewed them: one accepted (with an attachment), one returned with
// a comment. Both go through the verbs the partner's form and the review form call; no link is
// issued in the demo (staff send it from the partnership's page), so the partner acts without one.

/** What the reports are made from: the term, goals, civil-society party and lines, and any reports. */
const SEEDED_FROM = {
  id: true,
  startDate: true,
  goals: true,
  parties: { where: { side: "CIVIL_SOCIETY" }, select: { id: true } },
  budgetLines: { select: { id: true, partyId: true } },
  partnerReports: { select: { id: true } },
} satisfies Prisma.PartnershipSelect;

export async function seedDemoPartnerReports(db: Db, now = new Date()): Promise<void> {
  const p = await db.partnership.findFirst({ where: { title: DEMO_PARTNERSHIP_TITLE }, select: SEEDED_FROM });
  const party = p?.parties[0];
  if (!p || !party || !p.startDate || p.partnerReports.length) return;
  const staff = { type: "STAFF" as const, id: (await demoActors(db)).lots.id };
  const goals = readGoals(p.goals);
  const lines = p.budgetLines.filter((l) => l.partyId === party.id);
  const today = swedishDate(now);
  const at = (days: number) => new Date(`${addDays(today, days)}T10:00:00Z`);
  const ids = { partyId: party.id, partnershipId: p.id };

  const accepted = await submitPartnerReport(
    { type: "PARTNER" },
    {
      ...ids,
      report: {
        period: { quarter: formatQuarter(quarterOf(isoDate(p.startDate))) },
        activities:
          "Sex praktikplatser ordnade hos lokala företag, veckovis handledning och två gruppträffar.",
        participants: 9,
        volunteerHours: 310,
        goalValues: goals.map((g, i) => ({ goalId: g.id, value: i === 0 ? 33 : 9 })),
        costs: lines.map((l, i) => ({ budgetLineId: l.id, amountOre: (i + 1) * 4_250_000 })),
      },
      files: [new File([DEMO_PDF], "narvarolista.pdf", { type: "application/pdf" })],
    },
    at(-150),
  );
  if (!accepted.ok) throw new Error(`demo report refused: ${JSON.stringify(accepted)}`);
  const review = await reviewPartnerReport(
    staff,
    { decision: "accept", reportId: accepted.id, partnershipId: p.id },
    at(-148),
  );
  if (!review.ok) throw new Error(`demo review refused: ${JSON.stringify(review)}`);

  const returned = await submitPartnerReport(
    { type: "PARTNER" },
    {
      ...ids,
      report: {
        period: { quarter: formatQuarter(quarterOf(addDays(isoDate(p.startDate), 95))) },
        activities: "Fortsatt handledning av deltagarna.",
        participants: 11,
        volunteerHours: 280,
        goalValues: [],
        costs: lines.slice(0, 1).map((l) => ({ budgetLineId: l.id, amountOre: 12_000_000 })),
      },
      files: [],
    },
    at(-60),
  );
  if (!returned.ok) throw new Error(`demo report refused: ${JSON.stringify(returned)}`);
  const comment = "Kostnaden för samordnaren saknas, och värdena för målen behöver fyllas i.";
  const back = await reviewPartnerReport(
    staff,
    { decision: "return", reportId: returned.id, partnershipId: p.id, comment },
    at(-58),
  );
  if (!back.ok) throw new Error(`demo review refused: ${JSON.stringify(back)}`);
}
