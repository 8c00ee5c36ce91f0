import "server-only";
import type { RetentionRule } from "@/lib/domain/retention";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit, type AuditActor } from "../audit/record";
import type { Db } from "../db/client";
import { fileStore } from "../files/store";
import { pseudonymiseRequest } from "../privacy/erase";

// What each retention rule touches and what it does to it. `find` is shared by the dry run and the
// run, so the dry run lists exactly what the run then acts on. A case under legal hold is never
// found. Each acted-on case or mail gets one audit row; bulk rows (rate-limit windows, the read log)
// one row per run with the count, as they name nobody.

type Client = Prisma.TransactionClient | Db;

export interface Found {
  id: string;
  /** What the dry-run page shows: the registration number, or the id when there is none. */
  label: string;
}

export interface RuleImpl {
  /** How many records are past `cut` now. */
  count(db: Client, cut: Date): Promise<number>;
  /** The first `take` of them (undefined for bulk rules, listed by count alone). */
  list?(db: Client, cut: Date, take: number): Promise<Found[]>;
  /** Acts on one batch inside the caller's transaction; returns how many records it changed. */
  apply(tx: Prisma.TransactionClient, cut: Date, actor: AuditActor, batch: number): Promise<number>;
}

/** The marker that replaces a mail's subject, body and address after its retention period. */
export const MAIL_MARKER = "[gallrad]";

// The erasure's own case event (lib/server/privacy/erase.ts): a request once pseudonymised is done.
const ERASED_EVENT = "PERSONAL_DATA_ERASED";

const endedCaseWhere = (cut: Date, where: Prisma.RequestWhereInput): Prisma.RequestWhereInput => ({
  ...where,
  status: "ENDED",
  legalHold: false,
  // The period runs from the case's last event (its decision or closing).
  events: { none: { OR: [{ createdAt: { gte: cut } }, { type: ERASED_EVENT }] } },
});

const requestLabel = (r: { id: string; registrationNumber: string | null }): Found => ({
  id: r.id,
  label: r.registrationNumber ?? r.id,
});

function requestRule(where: (cut: Date) => Prisma.RequestWhereInput, act: RequestAct): RuleImpl {
  const list = async (db: Client, cut: Date, take: number) =>
    (
      await db.request.findMany({
        where: where(cut),
        select: { id: true, registrationNumber: true },
        orderBy: { id: "asc" },
        take,
      })
    ).map(requestLabel);
  return {
    count: (db, cut) => db.request.count({ where: where(cut) }),
    list,
    async apply(tx, cut, actor, batch) {
      const found = await list(tx, cut, batch);
      for (const r of found) await act(tx, r.id, actor);
      return found.length;
    },
  };
}

type RequestAct = (tx: Prisma.TransactionClient, id: string, actor: AuditActor) => Promise<void>;

/** A draft never sent, with its files and mails: it was never registered, so nothing else refers to it. */
const deleteDraft: RequestAct = async (tx, id, actor) => {
  const files = await tx.attachment.findMany({ where: { requestId: id }, select: { storageKey: true } });
  await tx.attachment.deleteMany({ where: { requestId: id } });
  for (const f of files) await fileStore().remove(tx, f.storageKey);
  await tx.outboxEmail.deleteMany({ where: { requestId: id } });
  await tx.request.delete({ where: { id } });
  await recordAudit(tx, { actor, entity: "request", entityId: id, action: "retention_deleted" });
};

const pseudonymise: RequestAct = async (tx, id, actor) => {
  const result = await pseudonymiseRequest(tx, id, actor, "retention");
  await recordAudit(tx, {
    actor,
    entity: "request",
    entityId: id,
    action: result.ok ? "retention_pseudonymised" : "retention_refused",
    changes: result.ok ? {} : { refusal: { to: result.code } },
  });
};

const mailWhere = (cut: Date): Prisma.OutboxEmailWhereInput => ({
  status: { in: ["SENT", "FAILED"] },
  toAddress: { not: MAIL_MARKER },
  OR: [{ sentAt: { lt: cut } }, { sentAt: null, createdAt: { lt: cut } }],
  AND: [{ OR: [{ requestId: null }, { request: { is: { legalHold: false } } }] }],
});

const mailBodies: RuleImpl = {
  count: (db, cut) => db.outboxEmail.count({ where: mailWhere(cut) }),
  list: async (db, cut, take) =>
    (
      await db.outboxEmail.findMany({
        where: mailWhere(cut),
        select: { id: true, kind: true },
        orderBy: { id: "asc" },
        take,
      })
    ).map((m) => ({ id: m.id, label: m.kind ? `${m.kind} ${m.id}` : m.id })),
  async apply(tx, cut, actor, batch) {
    const found = await mailBodies.list!(tx, cut, batch);
    for (const m of found) {
      // Kind, dates and status stay; everything that could name or quote a person goes.
      await tx.outboxEmail.update({
        where: { id: m.id },
        data: {
          toAddress: MAIL_MARKER,
          subject: MAIL_MARKER,
          textBody: MAIL_MARKER,
          htmlBody: null,
          attachments: [],
          bearerLinks: [],
          lastError: null,
        },
      });
      await recordAudit(tx, { actor, entity: "outbox_email", entityId: m.id, action: "retention_redacted" });
    }
    return found.length;
  },
};

/** Read-log rows of cases under legal hold stay with their case. */
async function readLogWhere(db: Client, cut: Date): Promise<Prisma.ReadLogWhereInput> {
  const held = await db.request.findMany({ where: { legalHold: true }, select: { id: true } });
  return {
    createdAt: { lt: cut },
    ...(held.length ? { OR: [{ caseId: null }, { caseId: { notIn: held.map((h) => h.id) } }] } : {}),
  };
}

function bulkRule(
  rule: RetentionRule,
  count: (db: Client, cut: Date) => Promise<number>,
  remove: (tx: Prisma.TransactionClient, cut: Date) => Promise<number>,
): RuleImpl {
  return {
    count,
    async apply(tx, cut, actor) {
      const removed = await remove(tx, cut);
      if (removed)
        await recordAudit(tx, {
          actor,
          entity: "retention",
          entityId: rule,
          action: "retention_deleted",
          changes: { count: { to: removed }, before: { to: cut.toISOString() } },
        });
      return removed; // one statement took them all: the next batch finds none
    },
  };
}

export const RULES: Record<RetentionRule, RuleImpl | null> = {
  drafts: requestRule((cut) => ({ status: "DRAFT", legalHold: false, updatedAt: { lt: cut } }), deleteDraft),
  answeredQuestions: requestRule((cut) => endedCaseWhere(cut, { kind: "QUESTION" }), pseudonymise),
  declinedRequests: requestRule(
    (cut) =>
      endedCaseWhere(cut, { kind: "COLLABORATION", outcome: { in: ["DECLINED", "WITHDRAWN", "CLOSED"] } }),
    pseudonymise,
  ),
  // Kept for the archive: the schedule allows no other action (lib/domain/retention.ts).
  grantedRequests: null,
  mailBodies,
  rateLimits: bulkRule(
    "rateLimits",
    (db, cut) => db.rateLimit.count({ where: { windowStart: { lt: cut } } }),
    async (tx, cut) => (await tx.rateLimit.deleteMany({ where: { windowStart: { lt: cut } } })).count,
  ),
  readLog: bulkRule(
    "readLog",
    async (db, cut) => db.readLog.count({ where: await readLogWhere(db, cut) }),
    async (tx, cut) => {
      // The read log's trigger lets a DELETE through only in this transaction (see its migration).
      await tx.$queryRaw`SELECT set_config('lotsen.retention', 'on', true)`;
      return (await tx.readLog.deleteMany({ where: await readLogWhere(tx, cut) })).count;
    },
  ),
};
