import "server-only";
import { can } from "@/lib/domain/permissions";
import { staffActor } from "../audit/record";
import type { StaffSession } from "../auth/session";
import { getDb } from "../db/client";
import { logger } from "../log";
import { pseudonymiseRequest, type ErasureRefusal } from "./erase";
import type { Result } from "@/lib/domain/result";

export type EraseCommandResult = Result<object, "forbidden" | "confirmation" | "noNumber" | ErasureRefusal>;

const normalise = (s: string) => s.trim().replace(/\s+/g, " ").toUpperCase();

/**
 * The data protection officer's erasure of one case, confirmed by typing its registration number.
 * Drafts have no number and are left to retention. The erasure is the case's own event
 * (PERSONAL_DATA_ERASED, with the officer as actor) in the same transaction.
 */
export async function eraseRequestOnDemand(
  session: StaffSession,
  requestId: string,
  confirmation: string,
): Promise<EraseCommandResult> {
  if (!can(session.user.roles, "handlePersonalData")) return { ok: false, code: "forbidden" };
  const db = await getDb();
  const request = await db.request.findUnique({
    where: { id: requestId },
    select: { registrationNumber: true },
  });
  if (!request) return { ok: false, code: "notFound" };
  if (!request.registrationNumber) return { ok: false, code: "noNumber" };
  if (normalise(confirmation) !== normalise(request.registrationNumber))
    return { ok: false, code: "confirmation" };
  const result = await db.$transaction((tx) =>
    pseudonymiseRequest(tx, requestId, staffActor(session.user.id), "data_subject_request"),
  );
  if (!result.ok) return { ok: false, code: result.code };
  logger.info(
    { event: "personal-data-erased", requestId, reason: "data_subject_request" },
    "personal data erased",
  );
  return { ok: true };
}
