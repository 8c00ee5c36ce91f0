import "server-only";
import { addDays, isoDate, readGoals, swedishDate } from "@/lib/domain/follow-ups";
import { formatQuarter, quarterOf } from "@/lib/domain/quarters";
import { fileStore } from "../files/store";
import type { Db } from "./client";
import { DEMO_PDF } from "./demo-cases";
import { DEMO_PARTNERSHIP_TITLE } from "./follow-up-seed";

// The demo partnership's civil-society party (its contact set in follow-up-seed.ts) has sent two
// follow-up reports through its partner link: one accepted (with an attachment), one returned with a
// comment. They are written as stored rows: the partner's verb needs a link, and no link is issued
// in the demo (staff send it from the partnership's page).

export async function seedDemoPartnerReports(db: Db, now = new Date()): Promise<void> {
  const p = await db.partnership.findFirst({
    where: { title: DEMO_PARTNERSHIP_TITLE },
    select: {
      id: true,
      startDate: true,
      goals: true,
      parties: { where: { side: "CIVIL_SOCIETY" }, select: { id: true } },
      budgetLines: { select: { id: true, partyId: true } },
      partnerReports: { select: { id: true } },
    },
  });
  const party = p?.parties[0];
  if (!p || !party || !p.startDate || p.partnerReports.length) return;
  const goals = readGoals(p.goals);
  const lines = p.budgetLines.filter((l) => l.partyId === party.id);
  const first = formatQuarter(quarterOf(isoDate(p.startDate)));
  const second = formatQuarter(quarterOf(addDays(isoDate(p.startDate), 95)));
  const today = swedishDate(now);
  const at = (days: number) => new Date(`${addDays(today, days)}T10:00:00Z`);
  const pdf = DEMO_PDF;
  const storageKey = await fileStore().put(db, pdf);
  await db.partnerReport.create({
    data: {
      files: {
        create: {
          storageKey,
          filename: "narvarolista.pdf",
          contentType: "application/pdf",
          size: pdf.length,
        },
      },
      partnershipId: p.id,
      partyId: party.id,
      quarter: first,
      activities: "Sex praktikplatser ordnade hos lokala företag, veckovis handledning och två gruppträffar.",
      participants: 9,
      volunteerHours: 310,
      goalValues: goals.map((g, i) => ({ goalId: g.id, value: i === 0 ? 33 : 9 })),
      costs: lines.map((l, i) => ({ budgetLineId: l.id, amountOre: (i + 1) * 4_250_000 })),
      status: "ACCEPTED",
      submittedAt: at(-150),
      reviewedAt: at(-148),
    },
  });
  await db.partnerReport.create({
    data: {
      partnershipId: p.id,
      partyId: party.id,
      quarter: second,
      activities: "Fortsatt handledning av deltagarna.",
      participants: 11,
      volunteerHours: 280,
      goalValues: [],
      costs: lines.slice(0, 1).map((l) => ({ budgetLineId: l.id, amountOre: 12_000_000 })),
      status: "RETURNED",
      reviewComment: "Kostnaden för samordnaren saknas, och värdena för målen behöver fyllas i.",
      submittedAt: at(-60),
      reviewedAt: at(-58),
    },
  });
}
