import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildCaseEvent } from "@/lib/domain/case-events";
import { eraseAnswers, tombstone } from "@/lib/domain/privacy";
import type { AuditActor } from "../audit/record";
import { fileStore } from "../files/store";
import { erasureRefusal, type ErasureRefusal } from "./erasable";
import { PERSONAL_DATA, type PersonalColumn, type PersonalDataTable } from "./personal-data";
import type { Result } from "@/lib/domain/result";

// Erasure where no archive duty applies (GDPR Art. 17): the personal data of one request, as listed
// in personal-data.ts, is replaced by a tombstone, while the registration number, dates, steps and
// every event stay. The trail is append-only, so the erasure is one new case event; nothing in
// case_event or audit_event is rewritten. Called by the data protection officer's erasure
// (erase-request.ts) and by retention with reason "retention" and the SYSTEM actor.

export type ErasureReason = "retention" | "data_subject_request";

export type { ErasureRefusal };

export type ErasureResult = Result<{ erasedAt: Date }, ErasureRefusal>;

/** Pseudonymises one request inside the caller's transaction. Refuses without changing anything. */
export async function pseudonymiseRequest(
  tx: Prisma.TransactionClient,
  requestId: string,
  actor: AuditActor,
  reason: ErasureReason,
): Promise<ErasureResult> {
  const refusal = await erasureRefusal(tx, requestId);
  if (refusal) return { ok: false, code: refusal };

  const erasedAt = new Date();
  const mark = tombstone(erasedAt);
  for (const table of PERSONAL_DATA) if (table.erasedWith) await eraseTable(tx, table, requestId, mark);
  // Links that open the case (status, resume, draft cookie) stop working with it.
  await tx.request.update({
    where: { id: requestId },
    data: { accessTokenHash: null, browserTokenHash: null, resumeTokenHash: null, resumeExpiresAt: null },
  });
  await tx.caseEvent.create({
    data: {
      requestId,
      ...buildCaseEvent({ type: "PERSONAL_DATA_ERASED", data: { basis: reason } }),
      actorType: actor.type,
      actorId: actor.type === "STAFF" ? actor.id : null,
    },
  });
  return { ok: true, erasedAt };
}

// Table and column names come from the fixed map in personal-data.ts, never from input; the values
// travel as parameters: $1 the request id, $2 the tombstone.
const quote = (name: string) => `"${name}"`;

async function run(tx: Prisma.TransactionClient, sql: string, requestId: string, mark: string) {
  return tx.$executeRawUnsafe(sql, ...(sql.includes("$2") ? [requestId, mark] : [requestId]));
}

async function eraseTable(
  tx: Prisma.TransactionClient,
  table: PersonalDataTable,
  requestId: string,
  mark: string,
) {
  const columns = table.columns.filter((c) => c.erase);
  for (const column of columns.filter((c) => c.erase === "file" || c.erase === "answers"))
    await eraseByRow(tx, table, column, requestId, mark);
  const sets = columns.filter((c) => c.erase !== "file" && c.erase !== "answers").map(setClause);
  if (!sets.length) return;
  await run(
    tx,
    `UPDATE ${quote(table.table)} AS t SET ${sets.join(", ")} WHERE ${table.erasedWith}`,
    requestId,
    mark,
  );
}

function setClause(column: PersonalColumn): string {
  const c = quote(column.name);
  switch (column.erase) {
    case "tombstone":
      return `${c} = CASE WHEN ${c} IS NULL OR ${c} = '' THEN ${c} ELSE $2::text END`;
    case "null":
      return `${c} = NULL`;
    case "emptyObject":
      return `${c} = '{}'::jsonb`;
    case "emptyList":
      return `${c} = '[]'::jsonb`;
    case "emptyArray":
      return `${c} = '{}'`;
    default:
      throw new Error(`no SET clause for ${column.erase}`);
  }
}

async function eraseByRow(
  tx: Prisma.TransactionClient,
  table: PersonalDataTable,
  column: PersonalColumn,
  requestId: string,
  mark: string,
) {
  const rows = await tx.$queryRawUnsafe<{ id: string; value: unknown }[]>(
    `SELECT t.id::text AS id, t.${quote(column.name)} AS value FROM ${quote(table.table)} AS t WHERE ${table.erasedWith}`,
    requestId,
  );
  for (const row of rows) {
    const update = `UPDATE ${quote(table.table)} SET ${quote(column.name)} = $2 WHERE id = $1::uuid`;
    if (column.erase === "file") {
      if (typeof row.value === "string" && row.value) await fileStore().remove(tx, row.value);
      await tx.$executeRawUnsafe(update.replace("$2", "''"), row.id);
    } else {
      await tx.$executeRawUnsafe(
        update.replace("$2", "$2::jsonb"),
        row.id,
        JSON.stringify(eraseAnswers(row.value, mark)),
      );
    }
  }
}
