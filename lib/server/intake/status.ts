import "server-only";
import { STEPS, type StepName } from "@/lib/domain/steps";
import { statusLinkExpired } from "@/lib/domain/status-link";
import { getDb } from "../db/client";
import { env } from "../env";
import { hashToken, looksLikeToken } from "./tokens";

// What the applicant sees through the private link, and nothing more: steps and their dates,
// the outcome and its reason, and the messages exchanged. Internal notes, expert opinions and
// draft proposals are never selected here.

export interface StepView {
  step: StepName;
  state: "done" | "current" | "skipped" | "notYet";
  date?: Date;
}

async function findByStatusToken(token: string) {
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
      updatedAt: true,
      contact: { select: { email: true } },
    },
  });
}

export type StatusRequest = NonNullable<Awaited<ReturnType<typeof findByStatusToken>>>;

export type StatusLinkAccess =
  { state: "open"; request: StatusRequest } | { state: "expired"; endedAt: Date } | { state: "unknown" };

/** When an ended case ended: its last ENDED event (or its last change, for data without one). */
export async function caseEndedAt(request: { id: string; status: string; updatedAt: Date }) {
  if (request.status !== "ENDED") return null;
  const db = await getDb();
  const event = await db.caseEvent.findFirst({
    where: { requestId: request.id, type: "ENDED" },
    orderBy: { id: "desc" },
    select: { createdAt: true },
  });
  return event?.createdAt ?? request.updatedAt;
}

/**
 * What a status link opens: the case, or (a set number of days after the case ended) nothing but
 * the explanation that the link has expired. A link replaced by a newer one is simply unknown.
 */
export async function statusLinkAccess(token: string): Promise<StatusLinkAccess> {
  const request = await findByStatusToken(token);
  if (!request) return { state: "unknown" };
  const endedAt = await caseEndedAt(request);
  if (endedAt && statusLinkExpired({ status: request.status, endedAt }, env().STATUS_LINK_DAYS_AFTER_END))
    return { state: "expired", endedAt };
  return { state: "open", request };
}

/** The case a status link opens, or null when the link is unknown, replaced or expired. */
export async function requestByStatusToken(token: string): Promise<StatusRequest | null> {
  const access = await statusLinkAccess(token);
  return access.state === "open" ? access.request : null;
}

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
