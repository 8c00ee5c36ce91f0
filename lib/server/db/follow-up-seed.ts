import "server-only";
import { addMonths } from "@/lib/domain/follow-up-plan";
import { addDays, parseFollowUpForm, readGoals, swedishDate } from "@/lib/domain/follow-ups";
import { recordFollowUp } from "../partnerships/follow-ups";
import { syncFollowUpSchedule } from "../partnerships/follow-up-schedule";
import type { Db } from "./client";
import { GRANTED_ACTIVE } from "./demo-answers";
import { act, demoActors, sendDemoRequest } from "./demo-cases";
import {
  addDemoBudgetLines,
  freezeAndSign,
  partnershipFromRequest,
  saveDemoParty,
  saveDemoSection,
} from "./demo-partnerships";
import { bookAndPresent, consultProcurement, proposeDecision, reviewCase } from "./demo-requests";

// The demo's active partnership: a request granted as IOP by the director, made a partnership on
// the partnership page, its agreement signed by both parties and then activated. It began eight
// months ago with a monthly follow-up plan; the follow-ups so far were held except the latest, which
// is overdue. Dates are relative to the day the demo is seeded. Invented organisation and people.

export const DEMO_PARTNERSHIP_TITLE = GRANTED_ACTIVE.idea.title;

export async function seedDemoPartnership(db: Db, now = new Date()): Promise<void> {
  if (await db.partnership.count({ where: { title: DEMO_PARTNERSHIP_TITLE } })) return;
  const staff = await demoActors(db);
  const { lots, director } = staff;
  const today = swedishDate(now);
  const requestId = await sendDemoRequest(db, "COLLABORATION", GRANTED_ACTIVE);
  await reviewCase(db, lots, requestId, GRANTED_ACTIVE, addDays(today, -330));
  await consultProcurement(
    db,
    staff,
    requestId,
    "Kan praktiken och handledningen ske som ett IOP, eller är det en tjänst som måste upphandlas?",
    "Föreningen tog initiativet, bidrar med egen ideell tid och pengar, och det finns ingen marknad för mentorskap av det här slaget. Ett IOP är möjligt; någon upphandling behövs inte.",
  );
  await bookAndPresent(db, lots, requestId, GRANTED_ACTIVE, addDays(today, -300));
  await proposeDecision(db, lots, requestId, "IOP", {
    motivation:
      "Föreningen har tagit initiativet och bidrar själv med mentorer och pengar, verksamheten saknar marknad och ligger i linje med kommunens mål för unga vuxnas arbete och studier.",
    resources: "Kommunen bidrar med 400 000 kr per år och en lokal i Medborgarhuset.",
  });
  await act(db, director, requestId, "approve", { comment: "" });

  const id = await partnershipFromRequest(db, lots, requestId);
  const start = addMonths(`${today.slice(0, 7)}-01`, -8);
  const end = addDays(addMonths(start, 24), -1);
  await saveDemoParty(db, lots, id, "PUBLIC", {
    name: "Kommunstyrelsen",
    department: "Arbetsmarknadsförvaltningen",
  });
  await saveDemoParty(db, lots, id, "CIVIL_SOCIETY", {
    contactName: GRANTED_ACTIVE.contact.name,
    contactEmail: GRANTED_ACTIVE.contact.email,
  });
  await saveDemoSection(db, lots, id, "goals", {
    goalId: ["", ""],
    goalText: ["Unga vuxna i arbete eller studier efter insatsen", "Unga vuxna som nås av insatsen"],
    goalIndicator: ["Andel deltagare i arbete eller studier (%)", "Antal deltagare"],
    goalTarget: ["50 %", "25"],
    goalResult: ["", ""],
  });
  await saveDemoSection(db, lots, id, "period", {
    startDate: start,
    endDate: end,
    extensionDecisionDate: "",
  });
  await saveDemoSection(db, lots, id, "followUp", {
    talkEveryMonths: "1",
    reportEveryMonths: "3",
    description: "Ett uppföljningssamtal i månaden och en skriftlig rapport till styrgruppen varje kvartal.",
  });
  const year = start.slice(0, 4);
  await addDemoBudgetLines(db, lots, id, [
    {
      side: "CIVIL_SOCIETY",
      year,
      kind: "VOLUNTEER_TIME",
      description: "Mentorer (ideell tid)",
      quantity: "44 v × 40 h",
      unit: "h",
      unitPriceSek: "134",
    },
    {
      side: "CIVIL_SOCIETY",
      year,
      kind: "STAFF_TIME",
      description: "Samordnare 50 %",
      quantity: "12",
      unit: "mån",
      unitPriceSek: "21000",
    },
    {
      side: "PUBLIC",
      year,
      kind: "MONEY",
      description: "Verksamhetsbidrag",
      quantity: "1",
      unit: "st",
      unitPriceSek: "400000",
    },
    {
      side: "PUBLIC",
      year,
      kind: "PREMISES",
      description: "Lokal i Medborgarhuset",
      quantity: "12",
      unit: "mån",
      unitPriceSek: "6500",
    },
  ]);
  await freezeAndSign(
    db,
    lots,
    id,
    {
      CIVIL_SOCIETY: { name: "Lena Nordin", role: "Ordförande", email: "lena.nordin@kompassen.example" },
      PUBLIC: {
        name: "Jonas Bergkvist",
        role: "Förvaltningschef",
        email: "jonas.bergkvist@exempelstad.example",
      },
    },
    ["CIVIL_SOCIETY", "PUBLIC"],
    now,
  );
  await saveDemoSection(db, lots, id, "status", { status: "ACTIVE" });
  await recordPastFollowUps(db, lots.id, id, start, now);
}

/**
 * The schedule as it stood when the partnership began (activation today only schedules what is
 * still to come), and every follow-up held but the latest, recorded through the follow-up form.
 */
async function recordPastFollowUps(db: Db, userId: string, id: string, start: string, now: Date) {
  await syncFollowUpSchedule(db, id, new Date(`${start}T12:00:00Z`));
  const today = swedishDate(now);
  const p = await db.partnership.findUniqueOrThrow({
    where: { id },
    select: { goals: true },
  });
  const [share, reached] = readGoals(p.goals);
  const past = await db.followUp.findMany({
    where: { partnershipId: id, dueDate: { lt: new Date(`${today}T00:00:00Z`) } },
    orderBy: { dueDate: "asc" },
  });
  for (const [i, followUp] of past.slice(0, -1).entries()) {
    const parsed = parseFollowUpForm(
      {
        followUpId: followUp.id,
        heldOn: followUp.dueDate.toISOString().slice(0, 10),
        participants: "Lena (föreningen), Ahmed (arbetsmarknadsförvaltningen), en deltagare",
        notes: "Genomgång av deltagarnas praktikplatser och vad som behövs framåt.",
        indicators: [
          { goalId: share!.id, value: String(20 + i * 5), comment: "" },
          { goalId: reached!.id, value: String(8 + i * 2), comment: "" },
        ],
      },
      today,
    );
    if (!parsed.ok) throw new Error(`demo follow-up refused: ${JSON.stringify(parsed.errors)}`);
    const recorded = await recordFollowUp(id, parsed.record, userId);
    if (!recorded.ok) throw new Error(`demo follow-up not recorded: ${recorded.code}`);
  }
}
