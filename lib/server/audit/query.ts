import "server-only";
import { z } from "zod";
import { AUDIT_ENTITIES } from "@/lib/domain/audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "../db/client";
import { daysRange, listFilter, optionalParam } from "@/lib/domain/list-filter";

// Reading the audit trail: one filter for the page and the CSV export, so both show the same rows.

const auditFilter = listFilter({
  entity: optionalParam(z.enum(AUDIT_ENTITIES)),
  entityId: optionalParam(z.string().max(100)),
  actorId: optionalParam(z.uuid()),
});

export type AuditFilter = ReturnType<typeof auditFilter.parse>;

/** Unknown or malformed parameters are dropped, never an error: a filter link cannot break the page. */
export const parseAuditFilter = auditFilter.parse;

/** The filter as query parameters (for links and the export), leaving out what is unset. */
export const auditFilterQuery = auditFilter.query;

function where(filter: AuditFilter): Prisma.AuditEventWhereInput {
  const createdAt = daysRange(filter);
  return {
    ...(filter.entity ? { entity: filter.entity } : {}),
    ...(filter.entityId ? { entityId: filter.entityId } : {}),
    ...(filter.actorId ? { actorId: filter.actorId } : {}),
    ...(createdAt ? { createdAt } : {}),
  };
}

const SELECT = {
  id: true,
  createdAt: true,
  actorType: true,
  entity: true,
  entityId: true,
  action: true,
  changes: true,
  requestId: true,
  actor: { select: { name: true, email: true } },
} as const;

export const AUDIT_PAGE_SIZE = 50;

export async function listAuditEvents(filter: AuditFilter) {
  const db = await getDb();
  const [rows, total] = await Promise.all([
    db.auditEvent.findMany({
      where: where(filter),
      select: SELECT,
      orderBy: { id: "desc" },
      take: AUDIT_PAGE_SIZE,
      skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
    }),
    db.auditEvent.count({ where: where(filter) }),
  ]);
  return { rows, total, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}

/** Every matching row, oldest first, read in batches so a long trail never sits in memory twice. */
export async function* exportAuditEvents(filter: AuditFilter) {
  const db = await getDb();
  let after: bigint | undefined;
  for (;;) {
    const batch = await db.auditEvent.findMany({
      where: { ...where(filter), ...(after !== undefined ? { id: { gt: after } } : {}) },
      select: SELECT,
      orderBy: { id: "asc" },
      take: 1000,
    });
    yield* batch;
    if (batch.length < 1000) return;
    after = batch[batch.length - 1]?.id;
  }
}

/** Everyone who has ever been staff, for the "person" filter (disabled accounts included). */
export async function auditActors() {
  const db = await getDb();
  return db.staffUser.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
}
