import "server-only";
import { secrecyColumn, secrecyMarkingSchema } from "@/lib/domain/case-documents";
import { isUuid } from "@/lib/domain/ids";
import { can } from "@/lib/domain/permissions";
import type { Role } from "@/lib/domain/workflow";
import { recordAudit, staffActor } from "../audit/record";
import { getDb } from "../db/client";
import type { Result } from "@/lib/domain/result";

// Marks a registered document as possibly covered by secrecy (OSL, with the paragraph) or removes
// the marking. The marking decides what an export leaves out until a secrecy review is confirmed.

export type MarkSecrecyResult = Result<object, "forbidden" | "notFound" | "invalid">;

export async function markSecrecy(input: {
  user: { id: string; roles: readonly Role[] };
  requestId: string;
  documentId: string;
  marking: unknown;
}): Promise<MarkSecrecyResult> {
  if (!can(input.user.roles, "markDocumentSecrecy")) return { ok: false, code: "forbidden" };
  if (!isUuid(input.requestId) || !isUuid(input.documentId)) return { ok: false, code: "notFound" };
  const parsed = secrecyMarkingSchema.safeParse(input.marking);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues)
      errors[String(issue.path[0] ?? "marking")] ??= issue.path[0] === "paragraph" ? issue.message : "choose";
    return { ok: false, code: "invalid", errors };
  }
  const secrecy = secrecyColumn(parsed.data);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const before = await tx.caseDocument.findFirst({
      where: { id: input.documentId, requestId: input.requestId },
      select: { secrecy: true },
    });
    if (!before) return { ok: false, code: "notFound" } as const;
    if (before.secrecy === secrecy) return { ok: true } as const;
    await tx.caseDocument.update({ where: { id: input.documentId }, data: { secrecy } });
    await recordAudit(tx, {
      actor: staffActor(input.user.id),
      entity: "case_document",
      entityId: input.documentId,
      action: "secrecy_marked",
      changes: { secrecy: { from: before.secrecy, to: secrecy }, requestId: { to: input.requestId } },
    });
    return { ok: true } as const;
  });
}
