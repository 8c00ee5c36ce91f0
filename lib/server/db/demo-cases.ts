import "server-only";
import { randomUUID } from "node:crypto";
import type { FieldValues } from "@/lib/domain/intake/schema";
import type { WorkflowAction } from "@/lib/domain/workflow";
import type { PayloadInput, WorkflowCommand } from "@/lib/domain/workflow-payloads";
import { addAttachment } from "../files/attachments";
import { saveSection } from "../intake/save-section";
import { sendRequest } from "../intake/send-request";
import { performAction, type StaffActor } from "../staff/perform-action";
import type { Db } from "./client";

// The applicant's and the staff's steps the demo seed takes, each through the verb its form or
// route calls, so every demo case has the answers, documents, mails and timeline those verbs write.
// A step the verb refuses stops the seed: demo data the real rules would not allow is a defect.

/** Roles of the demo accounts (seed.ts DEMO_STAFF), by the name the seed uses. */
export const DEMO_ACTORS = {
  lots: "lots@lotsen.example",
  lots2: "lots2@lotsen.example",
  lawyer: "jurist@lotsen.example",
  procurement: "upphandlare@lotsen.example",
  director: "kommundirektor@lotsen.example",
  committee: "utskott@lotsen.example",
} as const;
export type DemoActors = Record<keyof typeof DEMO_ACTORS, StaffActor>;

export async function demoActors(db: Db): Promise<DemoActors> {
  const users = await db.staffUser.findMany({
    where: { email: { in: Object.values(DEMO_ACTORS) } },
    select: { id: true, email: true, roles: true },
  });
  const byEmail = new Map(users.map((u) => [u.email, { id: u.id, roles: u.roles }]));
  const entries = Object.entries(DEMO_ACTORS).map(([key, email]) => {
    const actor = byEmail.get(email);
    if (!actor) throw new Error(`demo account missing: ${email}`);
    return [key, actor];
  });
  return Object.fromEntries(entries) as DemoActors;
}

/** A one-page PDF, so the demo cases have documents to open. */
export const DEMO_PDF = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

/**
 * What an applicant does in the form: a draft (the row a browser's first save creates), each
 * section saved as typed, files attached, then sent. Returns the request's id.
 */
export async function sendDemoRequest(
  db: Db,
  kind: "COLLABORATION" | "QUESTION",
  answers: Record<string, FieldValues>,
  files: string[] = [],
): Promise<string> {
  const { id } = await db.request.create({
    data: { kind, status: "DRAFT", language: "sv" },
    select: { id: true },
  });
  for (const [section, values] of Object.entries(answers))
    if (!(await saveSection(id, section, values))) throw new Error(`demo section not saved: ${section}`);
  for (const filename of files) {
    const file = new File([DEMO_PDF], filename, { type: "application/pdf" });
    const added = await addAttachment(db, { requestId: id, file, uploadedBy: "APPLICANT" });
    if (!added.ok) throw new Error(`demo file refused: ${added.code}`);
  }
  const sent = await sendRequest({ requestId: id, idempotencyKey: randomUUID(), locale: "sv" });
  if (!sent.ok) throw new Error(`demo request not sent: ${JSON.stringify(sent)}`);
  return id;
}

/** One workflow move by a staff member, on the version the case has now. */
export async function act<A extends WorkflowAction>(
  db: Db,
  actor: StaffActor,
  requestId: string,
  action: A,
  payload: PayloadInput<A>,
): Promise<void> {
  const { version } = await db.request.findUniqueOrThrow({
    where: { id: requestId },
    select: { version: true },
  });
  const command = { requestId, expectedVersion: version, action, payload } as WorkflowCommand;
  const result = await performAction(actor, command);
  if (!result.ok) throw new Error(`demo action ${action} refused: ${JSON.stringify(result)}`);
}

/**
 * The private link a mail carried (the receipt's status link, a signing link), read from the outbox
 * the way its receiver reads it from the mail.
 */
export async function tokenFromMail(db: Db, to: string, path: "status" | "signera"): Promise<string> {
  const mails = await db.outboxEmail.findMany({
    where: { toAddress: to },
    orderBy: { createdAt: "desc" },
    select: { textBody: true },
  });
  const pattern = new RegExp(`/${path}/([A-Za-z0-9_-]{43})`);
  for (const mail of mails) {
    const token = pattern.exec(mail.textBody)?.[1];
    if (token) return token;
  }
  throw new Error(`no ${path} link mailed to ${to}`);
}

/** A date `days` before `now`, as a form's date field takes it (YYYY-MM-DD). */
export const dateBefore = (now: Date, days: number) =>
  new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);
