import "server-only";
import { z } from "zod";
import { AUDIT_ENTITIES } from "@/lib/domain/audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "../db/client";
import { stockholmTime } from "@/lib/domain/stockholm-time";

// Reading the audit trail: one filter for the page and the CSV export, so both show the same rows.

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined);

export const auditFilterSchema = z.object({
  entity: z.preprocess(blankToUndefined, z.enum(AUDIT_ENTITIES).optional()).catch(undefined),
  entityId: z.preprocess(blankToUndefined, z.string().max(100).optional()).catch(undefined),
  actorId: z.preprocess(blankToUndefined, z.uuid().optional()).catch(undefined),
  from: z.preprocess(blankToUndefined, z.string().regex(DAY).optional()).catch(undefined),
  to: z.preprocess(blankToUndefined, z.string().regex(DAY).optional()).catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type AuditFilter = z.infer<typeof auditFilterSchema>;

/** Unknown or malformed parameters are dropped, never an error: a filter link cannot break the page. */
export function parseAuditFilter(params: Record<string, string | string[] | undefined>): AuditFilter {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return auditFilterSchema.parse(flat);
}

/** The filter as query parameters (for links and the export), leaving out what is unset. */
export function auditFilterQuery(filter: AuditFilter, page?: number): string {
  const q = new URLSearchParams();
  for (const key of ["entity", "entityId", "actorId", "from", "to"] as const) {
    const value = filter[key];
    if (value) q.set(key, value);
  }
  if (page && page > 1) q.set("page", String(page));
  return q.toString();
}

function where(filter: AuditFilter): Prisma.AuditEventWhereInput {
  const createdAt: Prisma.DateTimeFilter = {};
  // Days are Swedish calendar days: "to 2026-11-30" includes the whole of that day in Sweden.
  if (filter.from) createdAt.gte = stockholmTime(filter.from, "00:00");
  if (filter.to) createdAt.lt = new Date(stockholmTime(filter.to, "00:00").getTime() + 86_400_000);
  return {
    ...(filter.entity ? { entity: filter.entity } : {}),
    ...(filter.entityId ? { entityId: filter.entityId } : {}),
    ...(filter.actorId ? { actorId: filter.actorId } : {}),
    ...(filter.from || filter.to ? { createdAt } : {}),
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
