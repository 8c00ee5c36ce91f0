import "server-only";
import { createTranslator } from "next-intl";
import { documentNumber, releasable } from "@/lib/domain/case-documents";
import { isUuid } from "@/lib/domain/ids";
import { can } from "@/lib/domain/permissions";
import type { Role } from "@/lib/domain/workflow";
import { en, sv } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { recordAudit, staffActor } from "../audit/record";
import { getDb } from "../db/client";
import { csvCell } from "../http/csv";
import { DocumentWriter } from "../pdf/document-writer";
import { getSettings } from "../settings";
import { caseDocuments } from "./documents";
import { documentFile, type DocumentFile } from "./document-content";
import type { Result } from "@/lib/domain/result";

// Releasing a case's documents for a public-records request: the list (CSV or PDF) or one
// document. Documents marked secret are left out (or refused) unless the user confirms a secrecy
// review; every release writes an audit row saying who, which case and whether the review was made.

export type ExportResult = Result<{ file: DocumentFile }, "forbidden" | "notFound" | "secret">;

type User = { id: string; roles: Role[] };
const messages = { sv, en } as const;
const stockholmDate = new Intl.DateTimeFormat("sv-SE", { dateStyle: "short", timeZone: "Europe/Stockholm" });
const fileBase = (number: string) => number.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "");

async function audit(user: User, requestId: string, action: string, changes: Record<string, unknown>) {
  const db = await getDb();
  await recordAudit(db, {
    actor: staffActor(user.id),
    entity: "request",
    entityId: requestId,
    action,
    changes: Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, { to: v }])),
  });
}

export async function exportDocumentList(input: {
  user: User;
  requestId: string;
  format: "csv" | "pdf";
  reviewed: boolean;
  locale: Locale;
}): Promise<ExportResult> {
  if (!can(input.user.roles, "exportCaseDocuments")) return { ok: false, code: "forbidden" };
  const found = await caseDocuments(input.requestId);
  if (!found) return { ok: false, code: "notFound" };
  const { request } = found;
  const shown = releasable(found.documents, input.reviewed);
  const t = createTranslator({
    locale: input.locale,
    messages: messages[input.locale],
    namespace: "records",
  });
  const cols = ["number", "date", "direction", "counterpart", "description", "marking"] as const;
  const rows = shown.map((d) => [
    documentNumber(request.registrationNumber, d.number),
    stockholmDate.format(d.registeredAt),
    t(`documents.directions.${d.direction}`),
    d.counterpart,
    d.description,
    d.secrecy ? t("documents.marked", { paragraph: d.secrecy }) : t("documents.noMarking"),
  ]);
  const base = `handlingar-${fileBase(request.registrationNumber)}`;
  let file: DocumentFile;
  if (input.format === "csv") {
    const line = (cells: readonly unknown[]) => `${cells.map(csvCell).join(",")}\r\n`;
    const text = `\uFEFF${line(cols.map((c) => t(`documents.columns.${c}`)))}${rows.map(line).join("")}`;
    file = {
      filename: `${base}.csv`,
      contentType: "text/csv; charset=utf-8",
      bytes: new TextEncoder().encode(text),
    };
  } else {
    const { municipalityName } = await getSettings();
    const title = t("export.pdfTitle", { number: request.registrationNumber });
    const w = await DocumentWriter.create(
      { title, author: municipalityName, locale: input.locale },
      { text: JSON.stringify({ rows, title, s: request.subject, municipalityName }) },
    );
    w.masthead(municipalityName, t("export.pdfKind"), title, { size: 16, gap: 6 });
    w.write(request.subject, { gap: 6 });
    const left = found.documents.length - shown.length;
    w.write(input.reviewed ? t("export.pdfReviewed") : t("export.pdfNotReviewed", { count: left }), {
      gap: 10,
    });
    const layout = {
      widths: [80, 55, 55, 95, 125, 73],
      size: 8.5,
      leading: 11,
      inset: 6,
      baseline: 3,
      pad: 4,
    };
    w.tableRow(
      cols.map((c) => t(`documents.columns.${c}`)),
      w.bold,
      layout,
    );
    for (const row of rows) w.tableRow(row, w.regular, layout);
    const bytes = await w.save(
      (page, pages) => `${request.registrationNumber}  ·  ${t("export.page", { page, pages })}`,
    );
    file = { filename: `${base}.pdf`, contentType: "application/pdf", bytes };
  }
  await audit(input.user, request.id, "documents_exported", {
    format: input.format,
    secrecyReviewed: input.reviewed,
    documents: shown.map((d) => d.number),
  });
  return { ok: true, file };
}

export async function exportSingleDocument(input: {
  user: User;
  requestId: string;
  documentId: string;
  reviewed: boolean;
}): Promise<ExportResult> {
  if (!can(input.user.roles, "exportCaseDocuments")) return { ok: false, code: "forbidden" };
  if (!isUuid(input.documentId)) return { ok: false, code: "notFound" };
  const found = await caseDocuments(input.requestId);
  const doc = found?.documents.find((d) => d.id === input.documentId);
  if (!found || !doc) return { ok: false, code: "notFound" };
  if (doc.secrecy && !input.reviewed) return { ok: false, code: "secret" };
  const file = await documentFile(await getDb(), doc, found.request);
  if (!file) return { ok: false, code: "notFound" };
  await audit(input.user, found.request.id, "document_exported", {
    document: documentNumber(found.request.registrationNumber, doc.number),
    secrecyReviewed: input.reviewed,
  });
  return { ok: true, file };
}
