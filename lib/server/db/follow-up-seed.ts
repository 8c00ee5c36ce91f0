import "server-only";
import { addMonths, followUpDates, readFollowUpPlan } from "@/lib/domain/follow-up-plan";
import { addDays, dateValue, swedishDate } from "@/lib/domain/follow-ups";
import type { Db } from "./client";

// One active demo partnership with a monthly follow-up plan, so the follow-up, report and dashboard
// pages have content: it began eight months ago, the follow-ups so far were held except the latest,
// which is overdue. Dates are relative to the day the demo is seeded. Invented organisation and people.

export const DEMO_PARTNERSHIP_TITLE = "Vägen till arbete – praktik och stöd för unga vuxna";

export async function seedDemoPartnership(db: Db, now = new Date()): Promise<void> {
  if (await db.partnership.count({ where: { title: DEMO_PARTNERSHIP_TITLE } })) return;
  const today = swedishDate(now);
  const start = addMonths(`${today.slice(0, 7)}-01`, -8);
  const end = addDays(addMonths(start, 24), -1);
  const plan = readFollowUpPlan({ talkEveryMonths: 1, reportEveryMonths: 3 });
  const p = await db.partnership.create({
    data: {
      title: DEMO_PARTNERSHIP_TITLE,
      municipality: "Exempelstads kommun",
      purpose: "Unga vuxna som står långt från arbetsmarknaden får praktik, handledning och stöd.",
      targetGroup: "Unga vuxna 18–29 år utan arbete eller studier.",
      overallGoal: "Fler unga vuxna i arbete eller studier.",
      goals: [
        {
          text: "Unga vuxna i arbete eller studier efter insatsen",
          indicator: "Andel deltagare i arbete eller studier (%)",
          target: "50 %",
        },
        { text: "Unga vuxna som nås av insatsen", indicator: "Antal deltagare", target: "25" },
      ],
      themes: ["YOUTH_EMPLOYMENT", "LABOUR_MARKET"],
      startDate: dateValue(start),
      endDate: dateValue(end),
      followUpPlan: plan,
      status: "ACTIVE",
      parties: {
        create: [
          {
            side: "CIVIL_SOCIETY",
            name: "Föreningen Kompassen Unga",
            orgNumber: "802519-4427",
            sortOrder: 0,
          },
          {
            side: "PUBLIC",
            name: "Kommunstyrelsen",
            department: "Arbetsmarknadsförvaltningen",
            sortOrder: 1,
          },
        ],
      },
    },
  });
  // A budget for the first year, so the budget and agreement pages show computed totals and shares.
  const [association, municipality] = await db.partnershipParty.findMany({
    where: { partnershipId: p.id },
    orderBy: { sortOrder: "asc" },
  });
  const year = Number(start.slice(0, 4));
  await db.budgetLine.createMany({
    data: [
      {
        party: association!,
        kind: "VOLUNTEER_TIME" as const,
        description: "Mentorer (ideell tid)",
        factors: [
          { quantity: 44, unit: "v" },
          { quantity: 40, unit: "h" },
        ],
        quantity: 1760,
        unit: "h",
        unitPriceSek: 134,
      },
      {
        party: association!,
        kind: "STAFF_TIME" as const,
        description: "Samordnare 50 %",
        quantity: 12,
        unit: "mån",
        unitPriceSek: 21000,
      },
      {
        party: municipality!,
        kind: "MONEY" as const,
        description: "Verksamhetsbidrag",
        quantity: 1,
        unit: "st",
        unitPriceSek: 400000,
      },
      {
        party: municipality!,
        kind: "PREMISES" as const,
        description: "Lokal i Medborgarhuset",
        quantity: 12,
        unit: "mån",
        unitPriceSek: 6500,
      },
    ].map(({ party, ...line }) => ({ ...line, partnershipId: p.id, partyId: party.id, year })),
  });
  const dates = followUpDates(plan, start, end);
  const past = dates.filter((d) => d.dueDate < today);
  await db.followUp.createMany({
    data: dates.map((d, i) => {
      const held = d.dueDate < today && i < past.length - 1;
      return {
        partnershipId: p.id,
        kind: d.kind,
        dueDate: dateValue(d.dueDate),
        ...(held
          ? {
              doneAt: dateValue(d.dueDate),
              participants: "Lena (föreningen), Ahmed (arbetsmarknadsförvaltningen), en deltagare",
              notes: "Genomgång av deltagarnas praktikplatser och vad som behövs framåt.",
              indicators: [
                { goalIndex: 0, value: 20 + i * 5 },
                { goalIndex: 1, value: 8 + i * 2 },
              ],
            }
          : {}),
      };
    }),
  });
}
