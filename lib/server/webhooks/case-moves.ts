import "server-only";
import type { WebhookEventData } from "@/lib/domain/webhooks";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueWebhookEvent } from "./enqueue";

type Step = WebhookEventData["step.changed"]["to"];

/**
 * The events of one workflow move (lib/server/staff/perform-action.ts), in its transaction: the
 * step change when the step changed, and the decision when the case ended.
 */
export async function enqueueCaseMoveEvents(
  tx: Prisma.TransactionClient,
  move: {
    caseId: string;
    registrationNumber: string;
    from: Step;
    to: Step;
    at: Date;
    decision?: { outcome: WebhookEventData["decision"]["outcome"]; collaborationForm: string | null };
  },
): Promise<void> {
  const { caseId, registrationNumber, at } = move;
  if (move.from !== move.to)
    await enqueueWebhookEvent(
      tx,
      "step.changed",
      { caseId, registrationNumber, from: move.from, to: move.to, changedAt: at.toISOString() },
      at,
    );
  if (move.decision)
    await enqueueWebhookEvent(
      tx,
      "decision",
      { caseId, registrationNumber, ...move.decision, decidedAt: at.toISOString() },
      at,
    );
}
