import "server-only";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import {
  incompleteSections,
  validateSection,
  type Answers,
  type FieldValues,
} from "@/lib/domain/intake/schema";
import { QUESTION_SECTION } from "@/lib/domain/intake/sections";
import type { Locale } from "@/lib/i18n/routing";
import { Prisma, type OrganisationForm, type RequestStatus, type Theme } from "@/lib/generated/prisma/client";
import { getDb } from "../db/client";
import { logger } from "../log";
import { enqueueEmails } from "../mail/outbox";
import { lotsenNotificationEmail, questionReceiptEmail, receiptEmail } from "../mail/templates";
import { kickOutbox } from "../mail/worker";
import { registerDocument } from "../records/register-document";
import { activeWebhookEndpoints, enqueueWebhookEvent, type WebhookEndpoints } from "../webhooks/enqueue";
import { kickWebhooks } from "../webhooks/worker";
import { numberRequest } from "../registration";
import { getSettings, type MunicipalitySettings } from "../settings";
import { staffCaseUrl, statusUrl } from "../urls";
import { hashToken, newToken } from "./tokens";
import type { Result } from "@/lib/domain/result";

// Sending turns a draft into a registered request: number, registration facts, audit event and both
// emails in one transaction. A double click, a re-posted form or a retry finds the request already
// sent and gets the same receipt; the same idempotency key on other content is refused.

/** "incomplete" carries the sections still missing. */
export type SendResult = Result<
  { requestId: string; registrationNumber: string },
  "incomplete" | "idempotencyConflict" | "notFound",
  { sections?: string[] }
>;

/** What sending needs of a draft: a caller that has just read or saved it hands it over. */
export interface SendableDraft {
  id: string;
  kind: "COLLABORATION" | "QUESTION";
  status: RequestStatus;
  version: number;
  answers: unknown;
  registrationNumber: string | null;
}

const s = (v: unknown) => (typeof v === "string" ? v.trim() : "");
const contentHash = (answers: unknown) => createHash("sha256").update(JSON.stringify(answers)).digest("hex");

class DraftChanged extends Error {}

/**
 * Sends the draft `requestId`. `draft` is the caller's copy of it, if it has one (read or saved in
 * the same request), and saves reading it again: the transaction writes only if the draft's version
 * is still that copy's, otherwise it reads the draft afresh and checks again.
 */
export async function sendRequest(input: {
  requestId: string;
  idempotencyKey: string;
  locale: Locale;
  draft?: SendableDraft | null;
}): Promise<SendResult> {
  const db = await getDb();
  // The key is almost always new: it is looked up only after the insert found it taken (P2002).
  let keyTaken = false;
  for (let attempt = 0; attempt < 3; attempt++) {
    const draft =
      (attempt === 0 && input.draft?.id === input.requestId ? input.draft : null) ??
      (await db.request.findUnique({ where: { id: input.requestId } }));
    if (!draft) return { ok: false, code: "notFound" };
    const answers = draft.answers as Answers;
    if (draft.status !== "DRAFT") {
      // Already sent: the same key (or the same draft sent from another tab) gets the same receipt.
      return { ok: true, requestId: draft.id, registrationNumber: draft.registrationNumber! };
    }
    const missing =
      draft.kind === "QUESTION"
        ? Object.keys(validateSection(QUESTION_SECTION, answers.question)).length
          ? ["question"]
          : []
        : incompleteSections(answers).map((section) => section.id);
    if (missing.length) return { ok: false, code: "incomplete", sections: missing };

    const hash = contentHash(answers);
    if (keyTaken) {
      const sameKey = await db.request.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
      if (sameKey && sameKey.id !== draft.id) {
        return sameKey.idempotencyHash === hash && sameKey.registrationNumber
          ? { ok: true, requestId: sameKey.id, registrationNumber: sameKey.registrationNumber }
          : { ok: false, code: "idempotencyConflict" };
      }
    }
    // Read before the transaction: the embedded database runs one query at a time.
    const settings = await getSettings();
    const endpoints = await activeWebhookEndpoints(db);
    try {
      const sent = await db.$transaction((tx) =>
        register(tx, draft, answers, { ...input, hash }, settings, endpoints),
      );
      kickOutbox();
      kickWebhooks();
      logger.info({ requestId: sent.requestId, kind: draft.kind }, "request sent");
      return { ok: true, ...sent };
    } catch (error) {
      if (error instanceof DraftChanged) continue; // an autosave landed in between: check again
      // Another draft took the same idempotency key at the same moment (two posts of one form
      // page): the next round finds it sent and answers with its receipt, or refuses other content.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
        keyTaken = true;
        continue;
      }
      throw error;
    }
  }
  throw new Error("the draft kept changing while it was being sent");
}

/** A question sent in one go (sendNewQuestion): its row is written here, with the browser's token. */
interface NewQuestion {
  id: string;
  browserTokenHash: string;
}

/**
 * Sends a valid question from a browser with no question draft in one go: no draft row is written
 * first, so it costs four statements fewer than a draft filled and then sent. `keyTaken` when a
 * request already holds the key (a second post of the same form): the caller answers as for any
 * re-post, through the draft path. `browserToken` is the question cookie's value the caller sets
 * once it is sent.
 */
export async function sendNewQuestion(input: {
  values: FieldValues;
  idempotencyKey: string;
  locale: Locale;
  browserToken: string;
}): Promise<Result<{ requestId: string; registrationNumber: string }, "keyTaken">> {
  const db = await getDb();
  const answers: Answers = { question: input.values };
  const question = { id: randomUUID(), browserTokenHash: hashToken(input.browserToken) };
  const draft = {
    ...question,
    kind: "QUESTION",
    status: "DRAFT",
    version: 0,
    answers,
    registrationNumber: null,
  } as const;
  // Read before the transaction: the embedded database runs one query at a time.
  const settings = await getSettings();
  const endpoints = await activeWebhookEndpoints(db);
  try {
    const sent = await db.$transaction((tx) =>
      register(tx, draft, answers, { ...input, hash: contentHash(answers) }, settings, endpoints, question),
    );
    kickOutbox();
    kickWebhooks();
    logger.info({ requestId: sent.requestId, kind: "QUESTION" }, "request sent");
    return { ok: true, ...sent };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return { ok: false, code: "keyTaken" };
    throw error;
  }
}

async function register(
  tx: Prisma.TransactionClient,
  draft: SendableDraft,
  answers: Answers,
  input: { idempotencyKey: string; locale: Locale; hash: string },
  settings: MunicipalitySettings,
  webhookEndpoints: WebhookEndpoints,
  newQuestion?: NewQuestion,
) {
  const receivedAt = new Date();
  const question = answers.question ?? {};
  const org = answers.organisation ?? {};
  const contact = draft.kind === "QUESTION" ? question : (answers.contact ?? {});

  const organisation =
    draft.kind === "COLLABORATION"
      ? await tx.organisation.upsert({
          where: { orgNumber: s(org.orgNumber) },
          // An anonymous form never rewrites what other cases show: an existing organisation keeps its
          // details (the request's own answers keep what this sender wrote).
          // Setting the number to itself keeps Prisma's native INSERT … ON CONFLICT upsert, so two
          // first requests from one organisation at the same moment cannot collide.
          update: { orgNumber: s(org.orgNumber) },
          create: {
            name: s(org.name),
            orgNumber: s(org.orgNumber),
            form: s(org.form) as OrganisationForm,
            website: s(org.website) || null,
          },
        })
      : null;
  const person = await tx.contactPerson.create({
    data: {
      name: s(contact.name),
      email: s(contact.email),
      phone: s(contact.phone) || null,
      organisationId: organisation?.id ?? null,
    },
  });
  // Everything that names the registration number is written with a stand-in first; the number is
  // taken and put in place in one statement just before commit (numberRequest), so the counter row,
  // which every send in the year waits for, stays locked for that statement and the commit only.
  const standIn = `#${randomBytes(6).toString("hex")}#`;
  const subject =
    draft.kind === "QUESTION"
      ? s(question.question).replace(/\s+/g, " ").slice(0, 120)
      : s(answers.idea?.title);
  const accessToken = newToken();
  const sent = {
    status: "OPEN" as const,
    step: "RECEIVED" as const,
    stepEnteredAt: receivedAt,
    receivedAt,
    subject,
    themes:
      draft.kind === "COLLABORATION" ? ((answers.themes?.themes ?? []) as Theme[]) : (["OTHER"] as Theme[]),
    language: input.locale,
    accessTokenHash: hashToken(accessToken),
    idempotencyKey: input.idempotencyKey,
    idempotencyHash: input.hash,
    organisationId: organisation?.id ?? null,
    contactId: person.id,
    resumeTokenHash: null,
    resumeExpiresAt: null,
  };
  if (newQuestion) {
    await tx.request.create({
      data: {
        ...sent,
        id: newQuestion.id,
        kind: "QUESTION",
        answers: answers as Prisma.InputJsonObject,
        browserTokenHash: newQuestion.browserTokenHash,
      },
    });
  } else {
    const updated = await tx.request.updateMany({
      where: { id: draft.id, status: "DRAFT", version: draft.version },
      data: { ...sent, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new DraftChanged();
  }

  const link = statusUrl(input.locale, accessToken);
  const mail =
    draft.kind === "QUESTION"
      ? questionReceiptEmail(input.locale, {
          number: standIn,
          receivedAt,
          statusUrl: link,
          municipality: settings.municipalityName,
        })
      : receiptEmail(input.locale, {
          number: standIn,
          receivedAt,
          statusUrl: link,
          municipality: settings.municipalityName,
        });
  const notice = lotsenNotificationEmail({
    kind: draft.kind,
    number: standIn,
    receivedAt,
    organisation: organisation?.name ?? (s(question.organisation) || s(question.name)),
    title: subject,
    staffUrl: staffCaseUrl(draft.id),
  });
  await enqueueEmails(tx, [
    { to: s(contact.email), ...mail, requestId: draft.id },
    { to: settings.mailbox, ...notice, requestId: draft.id },
  ]);
  // Document 1 is the request itself, then the files sent with it. Only the request form takes
  // files (app/api/intake/attachments/route.ts fills the COLLABORATION draft), so a question has none.
  const registered = {
    requestId: draft.id,
    direction: "IN",
    registrationNumber: standIn,
    webhookEndpoints,
  } as const;
  const documents = [
    await registerDocument(tx, {
      ...registered,
      kind: "REQUEST",
      refId: draft.id,
      description: `${draft.kind === "QUESTION" ? "Fråga" : "Ansökan om samverkan"}: ${subject}`,
    }),
  ];
  const files =
    draft.kind === "QUESTION"
      ? []
      : await tx.attachment.findMany({
          where: { requestId: draft.id, messageId: null },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          select: { id: true, filename: true },
        });
  for (const file of files)
    documents.push(
      await registerDocument(tx, {
        ...registered,
        kind: "ATTACHMENT",
        refId: file.id,
        description: `Bilaga till ansökan: ${file.filename}`,
      }),
    );
  const registeredEvent = await enqueueWebhookEvent(
    tx,
    "case.registered",
    {
      caseId: draft.id,
      registrationNumber: standIn,
      kind: draft.kind,
      step: "RECEIVED",
      registeredAt: receivedAt.toISOString(),
    },
    receivedAt,
    webhookEndpoints,
  );
  const webhookEventIds = [
    ...(registeredEvent.deliveries ? [registeredEvent.eventId] : []),
    ...documents.flatMap((d) => (d.webhookEventId ? [d.webhookEventId] : [])),
  ];
  const number = await numberRequest(tx, {
    requestId: draft.id,
    prefix: settings.registrationPrefix,
    year: receivedAt.getFullYear(),
    standIn,
    webhookEventIds,
  });
  return { requestId: draft.id, registrationNumber: number };
}
