import "server-only";
import type { Role } from "@/lib/domain/workflow";
import type { Prisma } from "@/lib/generated/prisma/client";
import { absoluteUrl, pagePath, staffCaseUrl } from "../urls";
import type { OutgoingEmail } from "./outbox";

// Mails to staff when a case needs them, queued in the transaction of the action that causes them
// (the caller enqueues what these return). They carry the case number, the organisation's name and
// a link into the staff area, never the applicant's answers or contact details. Staff accounts have
// no language of their own, so staff mail is in Swedish.

type Tx = Prisma.TransactionClient;

export interface CaseRef {
  requestId: string;
  number: string;
  organisation: string;
}

const values = (c: CaseRef, caseLink: string) => ({
  number: c.number,
  organisation: c.organisation,
  caseLink,
});

/** One mail to every enabled user holding the role: the proposal to the director, a referral to the committee. */
export async function mailsToRole(
  tx: Tx,
  role: Extract<Role, "DIRECTOR" | "COMMITTEE">,
  kind: "proposalToDirector" | "referredToCommittee",
  c: CaseRef,
): Promise<OutgoingEmail[]> {
  // Raw SQL because the embedded database's adapter cannot run `roles: { has }` on an enum array
  // (tests/unit/adapter-safe-queries.test.ts keeps such filters out).
  const users = await tx.$queryRaw<{ email: string }[]>`
    SELECT email FROM staff_user
    WHERE ${role}::"Role" = ANY(roles) AND disabled_at IS NULL
    ORDER BY email`;
  return users.map((u) => ({
    to: u.email,
    requestId: c.requestId,
    template: { kind, locale: "sv", values: values(c, staffCaseUrl(c.requestId)) },
  }));
}

/** To an expert asked for an opinion: the link is their opinion page, the only view of the case they have. */
export async function opinionRequestedMails(
  tx: Tx,
  opinions: { id: string; expertId: string }[],
  c: CaseRef,
): Promise<OutgoingEmail[]> {
  const experts = await tx.staffUser.findMany({
    where: { id: { in: opinions.map((o) => o.expertId) }, disabledAt: null },
    select: { id: true, email: true },
  });
  const emailOf = new Map(experts.map((e) => [e.id, e.email]));
  return opinions.flatMap((o) => {
    const to = emailOf.get(o.expertId);
    if (!to) return [];
    const link = absoluteUrl(pagePath("sv", { pathname: "/staff/opinions/[id]", params: { id: o.id } }));
    return [
      {
        to,
        requestId: c.requestId,
        template: { kind: "opinionRequested", locale: "sv", values: values(c, link) },
      },
    ];
  });
}

/** To the case's lots when one is assigned (and still enabled), else to the lotsen mailbox. */
export async function opinionGivenMail(tx: Tx, requestId: string, mailbox: string): Promise<OutgoingEmail> {
  const request = await tx.request.findUniqueOrThrow({
    where: { id: requestId },
    select: {
      registrationNumber: true,
      organisation: { select: { name: true } },
      assignedTo: { select: { email: true, disabledAt: true } },
    },
  });
  const lots = request.assignedTo && !request.assignedTo.disabledAt ? request.assignedTo.email : null;
  const c = {
    requestId,
    number: request.registrationNumber ?? "",
    organisation: request.organisation?.name ?? "",
  };
  return {
    to: lots ?? mailbox,
    requestId,
    template: { kind: "opinionGiven", locale: "sv", values: values(c, staffCaseUrl(requestId)) },
  };
}
