import "server-only";
import { randomUUID } from "node:crypto";
import { can } from "@/lib/domain/permissions";
import type { Identifier } from "@/lib/domain/privacy";
import { recordAudit, staffActor } from "../audit/record";
import type { StaffSession } from "../auth/session";
import { getDb } from "../db/client";
import { findPersonalData, type RegisterExtract } from "./extract";

export type ExtractFormat = "page" | "json" | "pdf";

/**
 * A register extract, with its audit row in the same transaction: who, when, the kind of identifier
 * and how many rows were found, never the identifier itself. Null when the member may not.
 */
export async function produceExtract(
  session: StaffSession,
  identifier: Identifier,
  format: ExtractFormat,
): Promise<RegisterExtract | null> {
  if (!can(session.user.roles, "handlePersonalData")) return null;
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const extract = await findPersonalData(tx, identifier);
    await recordAudit(tx, {
      actor: staffActor(session.user.id),
      entity: "register_extract",
      entityId: randomUUID(),
      action: format === "page" ? "produced" : "downloaded",
      changes: {
        identifierKind: { to: identifier.kind },
        format: { to: format },
        hits: { to: extract.hits.length },
        cases: { to: extract.cases.length },
      },
    });
    return extract;
  });
}

/** Reading the extract again for the page that shows it (produced and audited by the form post). */
export async function readExtract(
  session: StaffSession,
  identifier: Identifier,
): Promise<RegisterExtract | null> {
  if (!can(session.user.roles, "handlePersonalData")) return null;
  return findPersonalData(await getDb(), identifier);
}
