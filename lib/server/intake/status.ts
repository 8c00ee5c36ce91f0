import "server-only";
import { STEPS, type StepName } from "@/lib/domain/steps";
import { getDb } from "../db/client";
import { hashToken, looksLikeToken } from "./tokens";

// What the applicant sees through the private link, and nothing more: steps and their dates,
// the outcome and its reason, and the messages exchanged. Internal notes, expert opinions and
// draft proposals are never selected here.

export interface StepView {
  step: StepName;
  state: "done" | "current" | "skipped" | "notYet";
  date?: Date;
}

export async function requestByStatusToken(token: string) {
  if (!looksLikeToken(token)) return null;
  const db = await getDb();
  return db.request.findUnique({
    where: { accessTokenHash: hashToken(token) },
    select: {
      id: true,
      kind: true,
      status: true,
      step: true,
      outcome: true,
      outcomeReason: true,
      collaborationForm: true,
      registrationNumber: true,
      subject: true,
      receivedAt: true,
      version: true,
      language: true,
      /** The applicant's own answers: only read to let them edit the sections lotsen reopened. */
      answers: true,
      reopenedSections: true,
      contact: { select: { email: true } },
    },
  });
}

export type StatusRequest = NonNullable<Awaited<ReturnType<typeof requestByStatusToken>>>;

export async function statusTimeline(request: StatusRequest): Promise<StepView[]> {
  const db = await getDb();
  const events = await db.caseEvent.findMany({
    where: { requestId: request.id, type: { in: ["SUBMITTED", "STEP_CHANGED", "STEP_SKIPPED"] } },
    select: { type: true, toStep: true, data: true, createdAt: true },
    orderBy: { id: "asc" },
  });
  const reached = new Map<StepName, Date>();
  const skipped = new Set<StepName>();
  for (const e of events) {
    if (e.toStep && !reached.has(e.toStep)) reached.set(e.toStep, e.createdAt);
    if (e.type === "STEP_SKIPPED") skipped.add((e.data as { step: StepName }).step);
  }
  const currentIndex = request.step ? STEPS.indexOf(request.step) : -1;
  return STEPS.map((step, i) => {
    if (skipped.has(step)) return { step, state: "skipped" };
    if (i === currentIndex && request.status === "OPEN")
      return { step, state: "current", date: reached.get(step) };
    if (i <= currentIndex) return { step, state: "done", date: reached.get(step) };
    return { step, state: "notYet" };
  });
}

export async function statusMessages(requestId: string) {
  const db = await getDb();
  return db.message.findMany({
    where: { requestId },
    select: {
      id: true,
      from: true,
      body: true,
      createdAt: true,
      attachments: { select: { id: true, filename: true } },
    },
    orderBy: { createdAt: "asc" },
  });
}
