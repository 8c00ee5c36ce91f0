import "server-only";
import { isUuid } from "@/lib/domain/ids";
import type { PartnershipStatus } from "@/lib/generated/prisma/client";
import type { BudgetFactor, BudgetLine } from "@/lib/domain/budget";
import { getDb } from "../db/client";

// What the staff pages read about partnerships. Access is checked by the page before calling.

export async function listPartnerships(status?: PartnershipStatus) {
  const db = await getDb();
  return db.partnership.findMany({
    where: status ? { status } : {},
    select: {
      id: true,
      title: true,
      status: true,
      startDate: true,
      endDate: true,
      startYear: true,
      endYear: true,
      publishedAt: true,
      requestId: true,
      parties: { select: { name: true, side: true }, orderBy: { sortOrder: "asc" } },
    },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: 500,
  });
}

export async function partnershipDetail(id: string) {
  if (!isUuid(id)) return null;
  const db = await getDb();
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
