import "server-only";
import { IOP_CRITERIA, type PayloadInput, type RECOMMENDATIONS } from "@/lib/domain/workflow-payloads";
import type { StaffActor } from "../staff/perform-action";
import { answerOpinion, declareConflict } from "../staff/opinions";
import type { Db } from "./client";
import { CONSULTED, PRESENTED, PROPOSED, QUESTION, RECEIVED, type CompleteAnswers } from "./demo-answers";
import { act, dateBefore, sendDemoRequest, type DemoActors } from "./demo-cases";

// The demo's open cases, one in each early step (README, "Demo staff accounts"), and the shared
// walks through the workflow that the ended cases (records-seed.ts, follow-up-seed.ts,
// signing-seed.ts) take as well. Dates typed into forms lie in the past; the verbs stamp their own
// events with the time the demo is seeded.

export async function seedDemoRequests(db: Db, staff: DemoActors, now: Date): Promise<void> {
  await sendDemoRequest(db, "COLLABORATION", RECEIVED, ["verksamhetsplan.pdf"]);

  const consulted = await sendDemoRequest(db, "COLLABORATION", CONSULTED, ["budget.pdf"]);
  await reviewCase(db, staff.lots, consulted, CONSULTED, dateBefore(now, 6));
  await act(db, staff.lots, consulted, "requestOpinions", {
    expertIds: [staff.lawyer.id],
    question: "Kan arbetsträningen ske inom ramen för ett IOP utan upphandling?",
  });

  const presented = await sendDemoRequest(db, "COLLABORATION", PRESENTED);
  await presentCase(db, staff.lots2, presented, PRESENTED, now, 30);

  const proposed = await sendDemoRequest(db, "COLLABORATION", PROPOSED);
  await presentCase(db, staff.lots, proposed, PROPOSED, now, 45);
  await proposeDecision(db, staff.lots, proposed, "IOP", {
    motivation:
      "Föreningen har egen erfarenhet och egna resurser, verksamheten saknar marknad och ligger i linje med kommunens mål mot mäns våld mot kvinnor.",
    resources: "Kommunen bidrar med lokaler i byarna och 200 000 kr per år; föreningen med ideell tid.",
  });

  await sendDemoRequest(db, "QUESTION", { question: QUESTION });
}

/** Step 2: lotsen's first meeting with the organisation. */
export async function reviewCase(
  db: Db,
  actor: StaffActor,
  requestId: string,
  answers: CompleteAnswers,
  meetingDate: string,
): Promise<void> {
  await act(db, actor, requestId, "review", {
    meetingDate,
    participants: `${answers.contact.name} (${answers.organisation.name}) och lotsen`,
    summary: `Vi gick igenom idén ”${answers.idea.title}”, målgruppen och vad föreningen och kommunen kan bidra med. Underlaget är komplett.`,
  });
}

/**
 * Steps 2 to 4 without experts: reviewed, experts not needed, presented to the administration.
 * `daysAgo` is when the review meeting was held; the presentation came two weeks later.
 */
export async function presentCase(
  db: Db,
  actor: StaffActor,
  requestId: string,
  answers: CompleteAnswers,
  now: Date,
  daysAgo: number,
): Promise<void> {
  await reviewCase(db, actor, requestId, answers, dateBefore(now, daysAgo));
  await act(db, actor, requestId, "skipExperts", {
    reason: "Frågan är enkel och kräver inga särskilda juridiska eller upphandlingsmässiga bedömningar.",
  });
  await bookAndPresent(db, actor, requestId, answers, dateBefore(now, daysAgo - 14));
}

/** Step 3 with an expert: the procurement officer is asked, declares no conflict and answers. */
export async function consultProcurement(
  db: Db,
  staff: DemoActors,
  requestId: string,
  question: string,
  answer: string,
): Promise<void> {
  await act(db, staff.lots, requestId, "requestOpinions", {
    expertIds: [staff.procurement.id],
    question,
  });
  const opinion = await db.expertOpinion.findFirstOrThrow({
    where: { requestId, expertId: staff.procurement.id },
    select: { id: true },
  });
  if (!(await declareConflict(staff.procurement, { opinionId: opinion.id, hasConflict: false, note: "" })))
    throw new Error("demo conflict declaration refused");
  if (!(await answerOpinion(staff.procurement, { opinionId: opinion.id, answer })))
    throw new Error("demo opinion refused");
  await act(db, staff.lots, requestId, "completeConsultation", { comment: "" });
}

/** Step 4: the organisation presents its idea to the administration. */
export async function bookAndPresent(
  db: Db,
  actor: StaffActor,
  requestId: string,
  answers: CompleteAnswers,
  date: string,
): Promise<void> {
  await act(db, actor, requestId, "bookPresentation", {
    date,
    time: "13:00",
    durationMinutes: 60,
    place: "Kommunhuset, sammanträdesrum Ekorren",
  });
  await act(db, actor, requestId, "recordPresentation", {
    notes: `${answers.organisation.name} presenterade idén för förvaltningen. Frågor om uppföljning och budget besvarades på mötet.`,
  });
}

/** Step 5: the decision proposal, every criterion assessed. */
export async function proposeDecision(
  db: Db,
  actor: StaffActor,
  requestId: string,
  recommended: (typeof RECOMMENDATIONS)[number],
  text: { motivation: string; resources: string },
): Promise<void> {
  const met = recommended === "DECLINE" ? "no" : "yes";
  const criteria = Object.fromEntries(
    IOP_CRITERIA.map((c) => [c, { met, note: "" }]),
  ) as PayloadInput<"submitProposal">["criteria"];
  await act(db, actor, requestId, "submitProposal", { recommended, ...text, criteria });
}
