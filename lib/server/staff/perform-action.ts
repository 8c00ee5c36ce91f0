import "server-only";
import { buildCaseEvent, type CaseEventInput } from "@/lib/domain/case-events";
import { checkAction, ACTIONS, type Role, type WorkflowAction } from "@/lib/domain/workflow";
import { parsePayload, type Payload, type WorkflowCommand } from "@/lib/domain/workflow-payloads";
import type { Locale } from "@/lib/i18n/routing";
import type { Prisma } from "@/lib/generated/prisma/client";
import { stockholmTime } from "@/lib/domain/stockholm-time";
import { getDb } from "../db/client";
import { logger } from "../log";
import {
  endedEmail,
  infoRequestedEmail,
  invitationEmail,
  messageFromLotsenEmail,
  sectionTitles,
  stepChangedEmail,
} from "../mail/case-emails";
import { enqueueEmail, type OutgoingEmail } from "../mail/outbox";
import { mailsToRole, opinionRequestedMails } from "../mail/staff-notifications";
import { kickOutbox } from "../mail/worker";
import { registerDocument } from "../records/register-document";
import { getSettings } from "../settings";
import { enqueueCaseMoveEvents } from "../webhooks/case-moves";
import { kickWebhooks } from "../webhooks/worker";
import { getWorkflowSettings } from "../workflow-settings";
import { workflowContext } from "./case-context";
import type { Result } from "@/lib/domain/result";

// One verb for every workflow move: check the rule (lib/domain/workflow), validate the command's
// payload (lib/domain/workflow-payloads), then change the state only if nobody else has since the page was
// read (version), with the audit event and the applicant's mail in the same transaction.

/** A refusal carries the workflow's reason and detail (lib/domain/workflow.ts). */
export type ActionResult = Result<
  object,
  "notFound" | "conflict" | "refused" | "invalid",
  { reason?: string; detail?: string }
>;

class Conflict extends Error {}

/** Who acts: a signed-in staff member and the roles the workflow checks. */
export interface StaffActor {
  id: string;
  roles: Role[];
}

/** What an action reads of its case: where it stands, its version, and whom the mails go to. */
const ACTED_ON = {
  id: true,
  status: true,
  step: true,
  kind: true,
  version: true,
  language: true,
  registrationNumber: true,
  contact: { select: { email: true } },
  organisation: { select: { name: true } },
} satisfies Prisma.RequestSelect;

export async function performAction(actor: StaffActor, command: WorkflowCommand): Promise<ActionResult> {
  const db = await getDb();
  const request = await db.request.findUnique({ where: { id: command.requestId }, select: ACTED_ON });
  if (!request || request.status === "DRAFT" || !request.step) return { ok: false, code: "notFound" };
  if (request.version !== command.expectedVersion) return { ok: false, code: "conflict" };

  const settings = await getWorkflowSettings();
  const context = await workflowContext(db, request.id);
  const proposal =
    command.action === "approve"
      ? await db.decisionProposal.findFirst({
          where: { requestId: request.id, submittedAt: { not: null } },
          orderBy: { submittedAt: "desc" },
          select: { motivation: true },
        })
      : null;
  const check = checkAction(
    command.action,
    { kind: "staff", roles: actor.roles },
    { status: request.status, step: request.step, kind: request.kind },
    context,
    settings,
  );
  if (!check.ok) return { ok: false, code: "refused", reason: check.code, detail: check.detail };
  const parsed = parsePayload(command.action, command.payload);
  if (!parsed.ok) return { ok: false, code: "invalid", errors: parsed.errors };
  const payload = parsed.payload as Payload<WorkflowAction>;
  if (command.action === "requestOpinions") {
    const ids = (payload as Payload<"requestOpinions">).expertIds;
    const users = await db.staffUser.findMany({
      where: { id: { in: ids }, disabledAt: null },
      select: { roles: true },
    });
    const experts = users.filter((u) => u.roles.includes("EXPERT")).length;
    if (experts !== new Set(ids).size)
      return { ok: false, code: "invalid", errors: { expertIds: "chooseExpert" } };
  }

  const next = check.next;
  const locale: Locale = request.language === "en" ? "en" : "sv";
  const number = request.registrationNumber ?? "";
  // Read before the transaction: the embedded database runs one query at a time.
  const { municipalityName: municipality } = await getSettings();
  try {
    await db.$transaction(async (tx) => {
      const movedAt = new Date();
      const ended = next.status === "ENDED";
      const reason = ended ? endReason(command.action, payload, proposal?.motivation) : undefined;
      const collaborationForm =
        command.action === "committeeGrant"
          ? (payload as Payload<"committeeGrant">).form
          : next.collaborationForm;
      const updated = await tx.request.updateMany({
        where: { id: request.id, version: command.expectedVersion },
        data: {
          status: next.status,
          step: next.step,
          ...(next.step !== request.step ? { stepEnteredAt: movedAt } : {}),
          ...(ended
            ? { outcome: next.outcome, outcomeReason: reason, collaborationForm: collaborationForm ?? null }
            : {}),
          version: { increment: 1 },
        },
      });
      if (updated.count !== 1) throw new Conflict();

      const mails: OutgoingEmail[] = [];
      const to = request.contact?.email;
      const event = await sideEffects(tx, command.action, payload, {
        requestId: request.id,
        userId: actor.id,
        locale,
        number,
        organisation: request.organisation?.name ?? "",
        municipality,
        to,
        mails,
      });
      const rule = ACTIONS[command.action];
      const audit: CaseEventInput | null =
        event ??
        (rule.event === "ENDED"
          ? {
              type: "ENDED",
              data: {
                outcome: next.outcome!,
                reason: reason!,
                action: command.action,
                ...(collaborationForm ? { collaborationForm } : {}),
              },
            }
          : rule.event === "STEP_CHANGED"
            ? {
                type: "STEP_CHANGED",
                data: {
                  from: request.step!,
                  to: next.step,
                  action: command.action,
                  details: details(payload),
                },
              }
            : null);
      if (audit) {
        const recorded = await tx.caseEvent.create({
          data: {
            requestId: request.id,
            ...buildCaseEvent(audit),
            actorType: "STAFF",
            actorId: actor.id,
            fromStep: request.step,
            toStep: next.step !== request.step ? next.step : null,
          },
        });
        // A decision that ends the case is a document sent to the applicant; answering a question
        // registers its message instead (sideEffects).
        if (audit.type === "ENDED" && command.action !== "answerQuestion")
          await registerDocument(tx, {
            requestId: request.id,
            direction: "OUT",
            kind: "DECISION",
            refId: recorded.id.toString(),
            description: `Beslut: ${DECISION_TEXT[next.outcome!]}`,
          });
      }
      if (to && ended && command.action !== "answerQuestion")
        mails.push({ to, ...endedEmail(locale, number, next.outcome!, reason!, municipality) });
      else if (to && next.step !== request.step && command.action !== "sendBack")
        mails.push({ to, ...stepChangedEmail(locale, number, next.step, municipality) });
      for (const mail of mails) await enqueueEmail(tx, { ...mail, requestId: request.id });
      await enqueueCaseMoveEvents(tx, {
        caseId: request.id,
        registrationNumber: number,
        from: request.step!,
        to: next.step,
        at: movedAt,
        decision: ended
          ? { outcome: next.outcome!, collaborationForm: collaborationForm ?? null }
          : undefined,
      });
    });
  } catch (error) {
    if (error instanceof Conflict) return { ok: false, code: "conflict" };
    throw error;
  }
  kickOutbox();
  kickWebhooks();
  logger.info({ requestId: request.id, action: command.action, userId: actor.id }, "case action");
  return { ok: true };
}

const DECISION_TEXT = {
  GRANTED: "samverkan beviljas",
  DECLINED: "ansökan avslås",
  WITHDRAWN: "ärendet återkallat",
  CLOSED: "ärendet avslutas",
} as const;

function details(payload: object): Record<string, string> {
  return Object.fromEntries(
    Object.entries(payload).filter(([, v]) => typeof v === "string" && v !== ""),
  ) as Record<string, string>;
}

/** The reason the applicant reads; an approval without comment gives the proposal's motivation. */
function endReason(action: WorkflowAction, payload: Payload<WorkflowAction>, fallback?: string): string {
  const p = payload as Record<string, string | undefined>;
  return (p.reason || p.comment || p.answer || (action === "approve" ? (fallback ?? "") : "")).slice(0, 6000);
}

/** The records an action keeps besides the state change; returns its own audit event when it has one. */
async function sideEffects(
  tx: Prisma.TransactionClient,
  action: WorkflowAction,
  payload: Payload<WorkflowAction>,
  c: {
    requestId: string;
    userId: string;
    locale: Locale;
    number: string;
    organisation: string;
    municipality: string;
    to?: string;
    mails: OutgoingEmail[];
  },
): Promise<CaseEventInput | null> {
  // Staff mails name the case and the organisation only (lib/server/mail/staff-notifications.ts).
  const caseRef = { requestId: c.requestId, number: c.number, organisation: c.organisation };
  switch (action) {
    case "requestOpinions": {
      const p = payload as Payload<"requestOpinions">;
      const opinions: { id: string; expertId: string }[] = [];
      for (const expertId of new Set(p.expertIds)) {
        const o = await tx.expertOpinion.upsert({
          where: { requestId_expertId: { requestId: c.requestId, expertId } },
          update: {},
          create: { requestId: c.requestId, expertId, requestedById: c.userId, question: p.question },
        });
        opinions.push({ id: o.id, expertId });
      }
      c.mails.push(...(await opinionRequestedMails(tx, opinions, caseRef)));
      return { type: "OPINIONS_REQUESTED", data: { opinionIds: opinions.map((o) => o.id) } };
    }
    case "skipExperts":
      return {
        type: "STEP_SKIPPED",
        data: { step: "EXPERTS_CONSULTED", reason: (payload as Payload<"skipExperts">).reason },
      };
    case "bookPresentation": {
      const p = payload as Payload<"bookPresentation">;
      const startsAt = stockholmTime(p.date, p.time);
      const booked = await tx.presentation.create({
        data: {
          requestId: c.requestId,
          startsAt,
          durationMinutes: p.durationMinutes,
          place: p.place,
          bookedById: c.userId,
        },
      });
      if (c.to)
        c.mails.push({
          to: c.to,
          ...invitationEmail(c.locale, {
            number: c.number,
            startsAt,
            durationMinutes: p.durationMinutes,
            place: p.place,
            uid: booked.id,
            municipality: c.municipality,
          }),
        });
      return {
        type: "PRESENTATION_BOOKED",
        data: { presentationId: booked.id, startsAt: startsAt.toISOString(), place: p.place },
      };
    }
    case "recordPresentation": {
      const latest = await tx.presentation.findFirst({
        where: { requestId: c.requestId },
        orderBy: { createdAt: "desc" },
      });
      if (latest)
        await tx.presentation.update({
          where: { id: latest.id },
          data: { notes: (payload as Payload<"recordPresentation">).notes },
        });
      return null;
    }
    case "submitProposal": {
      const p = payload as Payload<"submitProposal">;
      const criteria = Object.entries(p.criteria).map(([key, v]) => ({ key, met: v.met, note: v.note }));
      const proposal = await tx.decisionProposal.create({
        data: {
          requestId: c.requestId,
          recommended: p.recommended,
          motivation: p.motivation,
          resources: p.resources,
          criteria,
          authorId: c.userId,
          submittedAt: new Date(),
        },
      });
      await registerDocument(tx, {
        requestId: c.requestId,
        direction: "INTERNAL",
        kind: "PROPOSAL",
        refId: proposal.id,
        description: "Förslag till beslut",
      });
      c.mails.push(...(await mailsToRole(tx, "DIRECTOR", "proposalToDirector", caseRef)));
      return null;
    }
    case "referToCommittee":
      c.mails.push(...(await mailsToRole(tx, "COMMITTEE", "referredToCommittee", caseRef)));
      return null;
    case "answerQuestion": {
      const answer = (payload as Payload<"answerQuestion">).answer;
      const message = await tx.message.create({
        data: { requestId: c.requestId, from: "STAFF", authorId: c.userId, body: answer },
      });
      await registerDocument(tx, {
        requestId: c.requestId,
        direction: "OUT",
        kind: "MESSAGE",
        refId: message.id,
        description: "Svar på frågan",
      });
      if (c.to)
        c.mails.push({
          to: c.to,
          ...messageFromLotsenEmail(c.locale, c.number, answer, c.municipality, true),
        });
      return null;
    }
    case "requestInformation": {
      const p = payload as Payload<"requestInformation">;
      const sections = [...new Set(p.sections)];
      await tx.request.update({ where: { id: c.requestId }, data: { reopenedSections: sections } });
      const message = await tx.message.create({
        data: { requestId: c.requestId, from: "STAFF", authorId: c.userId, body: p.message },
      });
      await registerDocument(tx, {
        requestId: c.requestId,
        direction: "OUT",
        kind: "MESSAGE",
        refId: message.id,
        description: "Begäran om komplettering",
      });
      if (c.to)
        c.mails.push({
          to: c.to,
          ...infoRequestedEmail(
            c.locale,
            c.number,
            p.message,
            sectionTitles(c.locale, sections),
            c.municipality,
          ),
        });
      return { type: "MESSAGE_SENT", data: { messageId: message.id, from: "STAFF" } };
    }
    default:
      return null;
  }
}
