import "server-only";
import { buildCaseEvent } from "@/lib/domain/case-events";
import { IOP_CRITERIA } from "@/lib/domain/workflow-payloads";
import { registerDocument } from "../records/register-document";
import type { Db } from "./client";
import { createSentRequest } from "./factories";

// A declined demo case with its registered documents, so a registrar has a closed case to answer a
// public-records request about and to archive. The workflow verbs read the database through getDb(),
// which is still seeding here, so the rows are written directly and registered through the one
// registering verb (lib/server/records/register-document.ts).

export const CLOSED_DEMO_SUBJECT = "Språkcafé och samhällsorientering på biblioteket";

export async function seedClosedCase(db: Db, daysAgo: (n: number) => Date): Promise<void> {
  const { request } = await createSentRequest(db, {
    step: "PROPOSAL",
    receivedAt: daysAgo(90),
    organisation: { name: "Studieförbundet Bildning Sörby", orgNumber: "802477-1238", form: "ASSOCIATION" },
    contact: { name: "Hanna Berglund", email: "hanna@bildning.example" },
    subject: CLOSED_DEMO_SUBJECT,
    themes: ["INTEGRATION"],
    answers: { idea: { what: "Språkcafé en kväll i veckan med samhällsorientering." } },
  });
  const [lots, director] = await Promise.all([
    db.staffUser.findUniqueOrThrow({ where: { email: "lots@lotsen.example" } }),
    db.staffUser.findUniqueOrThrow({ where: { email: "kommundirektor@lotsen.example" } }),
  ]);
  await db.$transaction(async (tx) => {
    const message = await tx.message.create({
      data: {
        requestId: request.id,
        from: "APPLICANT",
        body: "Vi kan också erbjuda barnpassning under kvällarna. Deltagarlistan med namn bifogas inte.",
        createdAt: daysAgo(80),
      },
    });
    await tx.caseEvent.create({
      data: {
        requestId: request.id,
        ...buildCaseEvent({ type: "MESSAGE_SENT", data: { messageId: message.id, from: "APPLICANT" } }),
        actorType: "APPLICANT",
      },
    });
    await registerDocument(tx, {
      requestId: request.id,
      direction: "IN",
      kind: "MESSAGE",
      refId: message.id,
      description: "Meddelande från sökanden",
    });
    const proposal = await tx.decisionProposal.create({
      data: {
        requestId: request.id,
        recommended: "DECLINE",
        motivation: "Verksamheten finns redan hos biblioteket; föreningsbidrag är rätt form om något.",
        resources: "Inga.",
        criteria: IOP_CRITERIA.map((key) => ({ key, met: "no", note: "" })),
        authorId: lots.id,
        submittedAt: daysAgo(20),
      },
    });
    await registerDocument(tx, {
      requestId: request.id,
      direction: "INTERNAL",
      kind: "PROPOSAL",
      refId: proposal.id,
      description: "Förslag till beslut",
    });
    const reason = "Kommunen erbjuder redan språkcafé på biblioteket. Sök gärna föreningsbidrag i stället.";
    await tx.request.update({
      where: { id: request.id },
      data: { status: "ENDED", outcome: "DECLINED", outcomeReason: reason, version: { increment: 1 } },
    });
    const ended = await tx.caseEvent.create({
      data: {
        requestId: request.id,
        ...buildCaseEvent({ type: "ENDED", data: { outcome: "DECLINED", reason, action: "decline" } }),
        actorType: "STAFF",
        actorId: director.id,
        fromStep: "PROPOSAL",
      },
    });
    await registerDocument(tx, {
      requestId: request.id,
      direction: "OUT",
      kind: "DECISION",
      refId: ended.id.toString(),
      description: "Beslut: ansökan avslås",
    });
  });
}
