import "server-only";
import { isUuid } from "@/lib/domain/ids";
import { getDb } from "../db/client";

// Reading a case's register of documents. Pages and routes check the permission
// (readCaseDocuments) first; these only read.

const REQUEST_FIELDS = {
  id: true,
  kind: true,
  status: true,
  outcome: true,
  registrationNumber: true,
  subject: true,
  answers: true,
  receivedAt: true,
  organisation: { select: { name: true } },
} as const;

/** The sent request and its documents in number order, or null. */
export async function caseDocuments(requestId: string) {
  if (!isUuid(requestId)) return null;
  const db = await getDb();
  const request = await db.request.findFirst({
    where: { id: requestId, status: { not: "DRAFT" } },
    select: REQUEST_FIELDS,
  });
  if (!request?.registrationNumber) return null;
  const documents = await db.caseDocument.findMany({ where: { requestId }, orderBy: { number: "asc" } });
  return {
    request: { ...request, registrationNumber: request.registrationNumber, subject: request.subject ?? "" },
    documents,
  };
}

export type CaseDocuments = NonNullable<Awaited<ReturnType<typeof caseDocuments>>>;

/** What the registrar's case lists show of each case. */
const CASE_ROW = {
  id: true,
  registrationNumber: true,
  subject: true,
  status: true,
  outcome: true,
  receivedAt: true,
} as const;

/**
 * Cases for the registrar's search: by registration number (exact or its start, "KS 2026/00"), at
 * most 50, newest first. A registration number is no personal data, so it may ride in the address.
 */
export async function findCasesByNumber(query: string) {
  const q = query.trim().replace(/\s+/g, " ").slice(0, 40);
  if (!q) return [];
  const db = await getDb();
  return db.request.findMany({
    where: { status: { not: "DRAFT" }, registrationNumber: { startsWith: q, mode: "insensitive" } },
    select: CASE_ROW,
    orderBy: { receivedAt: "desc" },
    take: 50,
  });
}

/** The latest closed cases, last changed first: what a registrar archives next. */
export async function recentlyClosedCases() {
  const db = await getDb();
  return db.request.findMany({
    where: { status: "ENDED", registrationNumber: { not: null } },
    select: CASE_ROW,
    orderBy: { updatedAt: "desc" },
    take: 20,
  });
}
