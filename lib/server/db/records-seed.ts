import "server-only";
import { sendApplicantMessage } from "../intake/applicant-actions";
import { requestByStatusToken } from "../intake/status";
import type { Db } from "./client";
import { DECLINED } from "./demo-answers";
import { act, sendDemoRequest, tokenFromMail, type DemoActors } from "./demo-cases";
import { presentCase, proposeDecision } from "./demo-requests";

// A declined demo case with its registered documents (the request, a message from the applicant,
// the proposal and the decision), so a registrar has a closed case to answer a public-records
// request about and to archive. The applicant writes through the status link their receipt carried.

export const CLOSED_DEMO_SUBJECT = DECLINED.idea.title;

export async function seedClosedCase(db: Db, staff: DemoActors, now: Date): Promise<void> {
  const id = await sendDemoRequest(db, "COLLABORATION", DECLINED);
  await presentCase(db, staff.lots, id, DECLINED, now, 70);
  const request = await requestByStatusToken(await tokenFromMail(db, DECLINED.contact.email, "status"));
  if (!request) throw new Error("demo status link not found");
  await sendApplicantMessage(
    request,
    "Vi kan också erbjuda barnpassning under kvällarna. Deltagarlistan med namn bifogas inte.",
    null,
  );
  await proposeDecision(db, staff.lots, id, "DECLINE", {
    motivation: "Verksamheten finns redan hos biblioteket; föreningsbidrag är rätt form om något.",
    resources: "Inga.",
  });
  await act(db, staff.director, id, "decline", {
    reason: "Kommunen erbjuder redan språkcafé på biblioteket. Sök gärna föreningsbidrag i stället.",
  });
}
