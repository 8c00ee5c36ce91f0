import "server-only";
import { z } from "zod";
import { daysRange, listFilter, optionalParam } from "@/lib/domain/list-filter";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "../db/client";

// Searching the read log (administrators, /staff/admin/read-log): by person, by case (its
// registration number) and by Swedish calendar days, newest first, a page at a time.

const readLogFilter = listFilter({
  staffId: optionalParam(z.uuid()),
  case: optionalParam(z.string().max(40)),
});

export type ReadLogFilter = ReturnType<typeof readLogFilter.parse>;

/** Malformed parameters are dropped, never an error: a filter link cannot break the page. */
export const parseReadLogFilter = readLogFilter.parse;

export const readLogFilterQuery = readLogFilter.query;

export const READ_LOG_PAGE_SIZE = 50;

export type ReadLogRow = {
  id: bigint;
  createdAt: Date;
  staffId: string;
  entity: string;
  entityId: string;
  caseId: string | null;
  requestId: string | null;
};

/**
 * The matching rows with each row's staff name and registration number. `unknownCase` is true when
 * a registration number was given that no case has (the page says so rather than showing nothing).
 */
export async function searchReadLog(filter: ReadLogFilter) {
  const db = await getDb();
  let caseId: string | undefined;
  if (filter.case) {
    const found = await db.request.findFirst({
      where: { registrationNumber: { equals: filter.case, mode: "insensitive" } },
      select: { id: true },
    });
    if (!found) return { rows: [], total: 0, pages: 1, unknownCase: true };
    caseId = found.id;
  }
  const createdAt = daysRange(filter);
  const where: Prisma.ReadLogWhereInput = {
    ...(filter.staffId ? { staffId: filter.staffId } : {}),
    ...(caseId ? { caseId } : {}),
    ...(createdAt ? { createdAt } : {}),
  };
  const found: ReadLogRow[] = await db.readLog.findMany({
    where,
    orderBy: { id: "desc" },
    take: READ_LOG_PAGE_SIZE,
    skip: (filter.page - 1) * READ_LOG_PAGE_SIZE,
  });
  const total = await db.readLog.count({ where });
  const staffIds = [...new Set(found.map((r) => r.staffId))];
  const caseIds = [...new Set(found.flatMap((r) => (r.caseId ? [r.caseId] : [])))];
  const staff = staffIds.length
    ? await db.staffUser.findMany({ where: { id: { in: staffIds } }, select: { id: true, name: true } })
    : [];
  const cases = caseIds.length
    ? await db.request.findMany({
        where: { id: { in: caseIds } },
        select: { id: true, registrationNumber: true },
      })
    : [];
  const names = new Map(staff.map((s) => [s.id, s.name]));
  const numbers = new Map(cases.map((c) => [c.id, c.registrationNumber]));
  const rows = found.map((r) => ({
    ...r,
    staffName: names.get(r.staffId) ?? null,
    registrationNumber: r.caseId ? (numbers.get(r.caseId) ?? null) : null,
  }));
  return { rows, total, pages: Math.max(1, Math.ceil(total / READ_LOG_PAGE_SIZE)), unknownCase: false };
}
