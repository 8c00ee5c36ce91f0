import "server-only";
import { isUuid } from "@/lib/domain/ids";
import type { PartnershipStatus, Prisma } from "@/lib/generated/prisma/client";
import type { BudgetFactor, BudgetLine } from "@/lib/domain/budget";
import { getDb, type Db } from "../db/client";

// What the staff pages read about partnerships. Access is checked by the page before calling.

export const PARTNERSHIP_PAGE_SIZE = 50;

/** A partnership's term: dates once agreed, otherwise the years of the request. */
export const TERM = { startDate: true, endDate: true, startYear: true, endYear: true } as const;

/** The parties and budget lines in the order the pages show them (parties: id, name and side). */
export const PARTIES_AND_LINES = {
  parties: {
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true, side: true },
  },
  budgetLines: { orderBy: [{ year: "asc" }, { kind: "asc" }, { description: "asc" }, { id: "asc" }] },
} satisfies Prisma.PartnershipSelect;

/** One partnership by an id from a URL or form: null when the id is malformed or unknown. */
export async function findPartnership<S extends Prisma.PartnershipSelect>(id: string, select: S) {
  if (!isUuid(id)) return null;
  const db = await getDb();
  return db.partnership.findUnique({ where: { id }, select });
}

/** One page of partnerships, newest changes first, with the number of pages. */
export async function listPartnerships(status?: PartnershipStatus, page = 1) {
  const db = await getDb();
  const where = status ? { status } : {};
  const total = await db.partnership.count({ where });
  const pages = Math.max(1, Math.ceil(total / PARTNERSHIP_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  const rows = await db.partnership.findMany({
    where,
    select: {
      id: true,
      title: true,
      status: true,
      ...TERM,
      publishedAt: true,
      requestId: true,
      parties: { select: { name: true, side: true }, orderBy: { sortOrder: "asc" } },
    },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    skip: (current - 1) * PARTNERSHIP_PAGE_SIZE,
    take: PARTNERSHIP_PAGE_SIZE,
  });
  return { rows, total, page: current, pages };
}

/** `client`: the demo seed passes its own (getDb would wait for the seed itself). */
export async function partnershipDetail(id: string, client?: Db) {
  if (!isUuid(id)) return null;
  const db = client ?? (await getDb());
  return db.partnership.findUnique({
    where: { id },
    include: {
      parties: { orderBy: [{ sortOrder: "asc" }, { name: "asc" }] },
      budgetLines: { orderBy: [{ year: "asc" }, { kind: "asc" }, { description: "asc" }, { id: "asc" }] },
      request: { select: { id: true, registrationNumber: true } },
    },
  });
}
export type PartnershipDetail = NonNullable<Awaited<ReturnType<typeof partnershipDetail>>>;

/** The partnership made from this request, if any (Partnership.requestId is unique). */
export async function partnershipForRequest(requestId: string) {
  const db = await getDb();
  return db.partnership.findUnique({ where: { requestId }, select: { id: true } });
}

/** Stored lines as lib/domain/budget computes them (Decimal columns read from their text). */
export function budgetLinesOf(rows: PartnershipDetail["budgetLines"]): BudgetLine[] {
  return rows.map((l) => {
    const factors = Array.isArray(l.factors) ? (l.factors as unknown as BudgetFactor[]) : [];
    return {
      partyId: l.partyId,
      year: l.year,
      kind: l.kind,
      description: l.description,
      quantity: Number(l.quantity.toString()),
      unit: l.unit,
      unitPriceSek: Number(l.unitPriceSek.toString()),
      ...(factors.length ? { factors } : {}),
    };
  });
}
