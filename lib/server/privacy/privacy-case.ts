import "server-only";
import { can } from "@/lib/domain/permissions";
import { isUuid } from "@/lib/domain/ids";
import type { StaffSession } from "../auth/session";
import { getDb } from "../db/client";
import { CASE_FACTS, erasureRefusal, wasErased, type ErasureRefusal } from "./erasable";

export interface PrivacyCase {
  id: string;
  registrationNumber: string | null;
  status: string;
  outcome: string | null;
  receivedAt: Date | null;
  contact: { name: string; email: string; phone: string | null } | null;
  erased: boolean;
  /** Why the case may not be erased, or null when it may. */
  refusal: ErasureRefusal | "noNumber" | null;
}

/** One case as the data protection officer's case page shows it; null when unknown or not allowed. */
export async function privacyCase(session: StaffSession, requestId: string): Promise<PrivacyCase | null> {
  if (!can(session.user.roles, "handlePersonalData") || !isUuid(requestId)) return null;
  const db = await getDb();
  const r = await db.request.findUnique({
    where: { id: requestId },
    select: { ...CASE_FACTS, contact: { select: { name: true, email: true, phone: true } } },
  });
  if (!r) return null;
  const { _count, ...rest } = r;
  const refusal = r.registrationNumber ? await erasureRefusal(db, requestId) : "noNumber";
  return { ...rest, erased: wasErased({ _count }), refusal };
}
