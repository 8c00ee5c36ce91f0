import "server-only";
import { createHash } from "node:crypto";
import { documentNumber, isArchivable } from "@/lib/domain/case-documents";
import { can } from "@/lib/domain/permissions";
import type { Role } from "@/lib/domain/workflow";
import { recordAudit, staffActor } from "../audit/record";
import { getDb, type Db } from "../db/client";
import { getSettings } from "../settings";
import { caseDocuments } from "./documents";
import { documentFile } from "./document-content";
import { zipFiles, type ZipFile } from "./zip";
import type { Result } from "@/lib/domain/result";

// The archive package of a closed case for the e-archive: metadata.json (described by
// docs/schemas/archive-package.schema.json, mapped to FGS Ärendehantering in the README), every
// registered document under documents/, and sha256sums.txt with the checksum of every other file.

export const METADATA_SCHEMA_ID = "https://lotsen.example/schemas/archive-package/1.0";

export type ArchiveResult = Result<
  { filename: string; bytes: Uint8Array },
  "forbidden" | "notFound" | "notClosed"
>;

export const sha256 = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
const day = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/**
 * Packs files with metadata.json and sha256sums.txt ("<hex>  <path>", as sha256sum -c reads it), and
 * records the export in the audit trail with the package's checksum and how many documents it holds.
 */
export async function exportArchive(
  db: Db,
  of: { userId: string; entity: "request" | "partnership"; entityId: string; documentCount: number },
  metadata: object,
  documents: ZipFile[],
): Promise<Uint8Array> {
  const files = [
    { name: "metadata.json", data: new TextEncoder().encode(`${JSON.stringify(metadata, null, 2)}\n`) },
    ...documents,
  ];
  const sums = files.map((f) => `${sha256(f.data)}  ${f.name}\n`).join("");
  const bytes = zipFiles([...files, { name: "sha256sums.txt", data: new TextEncoder().encode(sums) }]);
  await recordAudit(db, {
    actor: staffActor(of.userId),
    entity: of.entity,
    entityId: of.entityId,
    action: "archive_exported",
    changes: { sha256: { to: sha256(bytes) }, documents: { to: of.documentCount } },
  });
  return bytes;
}

export async function caseArchivePackage(input: {
  user: { id: string; roles: Role[] };
  requestId: string;
}): Promise<ArchiveResult> {
  if (!can(input.user.roles, "exportArchive")) return { ok: false, code: "forbidden" };
  const found = await caseDocuments(input.requestId);
  if (!found) return { ok: false, code: "notFound" };
  const { request, documents } = found;
  if (!isArchivable(request)) return { ok: false, code: "notClosed" };
  const db = await getDb();
  const [full, events, { municipalityName }] = await Promise.all([
    db.request.findUniqueOrThrow({
      where: { id: request.id },
      select: {
        outcomeReason: true,
        collaborationForm: true,
        organisation: { select: { name: true, orgNumber: true } },
        contact: { select: { name: true } },
      },
    }),
    db.caseEvent.findMany({ where: { requestId: request.id }, orderBy: { id: "asc" } }),
    getSettings(),
  ]);
  const files: ZipFile[] = [];
  const listed = [];
  for (const doc of documents) {
    const file = await documentFile(db, doc, request);
    const path = file ? `documents/${file.filename}` : null;
    if (file && path) files.push({ name: path, data: file.bytes });
    listed.push({
      number: doc.number,
      documentNumber: documentNumber(request.registrationNumber, doc.number),
      registered: doc.registeredAt.toISOString(),
      direction: doc.direction,
      counterpart: doc.counterpart,
      description: doc.description,
      kind: doc.kind,
      secrecy: doc.secrecy,
      file:
        file && path
          ? { path, mimeType: file.contentType, size: file.bytes.length, sha256: sha256(file.bytes) }
          : null,
    });
  }
  const ended = [...events].reverse().find((e) => e.type === "ENDED");
  const metadata = {
    $schema: METADATA_SCHEMA_ID,
    schemaVersion: "1.0",
    package: { created: new Date().toISOString(), creator: municipalityName, system: "Lotsen", type: "case" },
    case: {
      registrationNumber: request.registrationNumber,
      title: request.subject,
      kind: request.kind,
      status: request.status,
      outcome: request.outcome,
      outcomeReason: full.outcomeReason,
      collaborationForm: full.collaborationForm,
      opened: day(request.receivedAt),
      closed: day(ended?.createdAt),
      parties: [
        ...(full.organisation
          ? [
              {
                role: "applicant",
                name: full.organisation.name,
                organisationNumber: full.organisation.orgNumber,
              },
            ]
          : []),
        ...(full.contact ? [{ role: "contact", name: full.contact.name, organisationNumber: null }] : []),
      ],
      events: events.map((e) => ({
        type: e.type,
        date: e.createdAt.toISOString(),
        actorType: e.actorType,
        fromStep: e.fromStep,
        toStep: e.toStep,
        ...(e.type === "ENDED" ? { outcome: (e.data as { outcome?: string }).outcome ?? null } : {}),
      })),
      documents: listed,
    },
  };
  const bytes = await exportArchive(
    db,
    { userId: input.user.id, entity: "request", entityId: request.id, documentCount: documents.length },
    metadata,
    files,
  );
  const base = request.registrationNumber.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return { ok: true, filename: `arkivpaket-${base}.zip`, bytes };
}
