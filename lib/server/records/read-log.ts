import "server-only";
import { headers } from "next/headers";
import { currentRequestId } from "../audit/context";
import { getDb } from "../db/client";
import { requestIdFrom } from "../request-id";

// The read log: who opened which case, document, export or partnership, and when. One insert per
// opening and nothing read first, so it costs the page one round trip. The table refuses changes
// (migration 20261130143232_read_log_and_legal_hold); only retention thins it.

export const READ_ENTITIES = [
  "case",
  "attachment",
  "proposal_pdf",
  "case_export",
  "partnership",
  "partnership_money",
  "partner_report",
  "agreement_version",
  "document",
  "document_export",
] as const;

export type ReadEntity = (typeof READ_ENTITIES)[number];

export interface ReadEntry {
  /** The staff member's id (session.user.id). */
  staffId: string;
  entity: ReadEntity;
  entityId: string;
  /** The case the thing belongs to, when known without a further query. */
  caseId?: string | null;
}

/** The id of the HTTP request being served: from a form post's context, else the incoming header. */
async function httpRequestId(): Promise<string | null> {
  const known = currentRequestId();
  if (known) return known;
  try {
    return requestIdFrom(await headers());
  } catch {
    return null; // outside a request (a job or a test)
  }
}

/** Records one opening. Call it after the access check and the lookup, before the content is sent. */
export async function recordRead(entry: ReadEntry): Promise<void> {
  const db = await getDb();
  await db.readLog.create({
    data: {
      staffId: entry.staffId,
      entity: entry.entity,
      entityId: entry.entityId,
      caseId: entry.caseId ?? null,
      requestId: await httpRequestId(),
    },
  });
}
