import "server-only";
import { isPartnershipArchivable } from "@/lib/domain/case-documents";
import { isUuid } from "@/lib/domain/ids";
import { can } from "@/lib/domain/permissions";
import type { Role } from "@/lib/domain/workflow";
import { getDb } from "../db/client";
import { fileStore } from "../files/store";
import { getSettings } from "../settings";
import { exportArchive, METADATA_SCHEMA_ID, sha256, type ArchiveResult } from "./archive-package";
import type { ZipFile } from "./zip";

// The archive package of an ended partnership: its facts, parties and trail (audit_event) in
// metadata.json, and every frozen agreement version as its PDF (the signed one where all signed).
// The documents of the request it came from are archived with that case (archive-package.ts).

const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export async function partnershipArchivePackage(input: {
  user: { id: string; roles: Role[] };
  partnershipId: string;
}): Promise<ArchiveResult> {
  if (!can(input.user.roles, "exportArchive")) return { ok: false, code: "forbidden" };
  if (!isUuid(input.partnershipId)) return { ok: false, code: "notFound" };
  const db = await getDb();
  const p = await db.partnership.findUnique({
    where: { id: input.partnershipId },
    include: {
      parties: { orderBy: { sortOrder: "asc" } },
      agreementVersions: { orderBy: { number: "asc" } },
      request: { select: { registrationNumber: true } },
    },
  });
  if (!p) return { ok: false, code: "notFound" };
  if (!isPartnershipArchivable(p)) return { ok: false, code: "notClosed" };
  const versionIds = p.agreementVersions.map((v) => v.id);
  const [events, { municipalityName }] = await Promise.all([
    db.auditEvent.findMany({
      where: {
        OR: [
          { entity: "partnership", entityId: p.id },
          { entity: "agreement_version", entityId: { in: versionIds } },
        ],
      },
      orderBy: { id: "asc" },
    }),
    getSettings(),
  ]);
  const files: ZipFile[] = [];
  const documents = [];
  for (const v of p.agreementVersions) {
    const bytes = await fileStore().get(db, v.signedFileId ?? v.pdfFileId);
    if (!bytes) continue;
    const path = `documents/overenskommelse-version-${v.number}${v.signedFileId ? "-undertecknad" : ""}.pdf`;
    files.push({ name: path, data: bytes });
    documents.push({
      version: v.number,
      description: v.signedFileId
        ? "Undertecknad överenskommelse"
        : "Överenskommelse (ej undertecknad av alla)",
      frozen: v.frozenAt.toISOString(),
      signed: v.completedAt?.toISOString() ?? null,
      file: { path, mimeType: "application/pdf", size: bytes.length, sha256: sha256(bytes) },
    });
  }
  const metadata = {
    $schema: METADATA_SCHEMA_ID,
    schemaVersion: "1.0",
    package: {
      created: new Date().toISOString(),
      creator: municipalityName,
      system: "Lotsen",
      type: "partnership",
    },
    partnership: {
      id: p.id,
      title: p.title,
      municipality: p.municipality,
      status: p.status,
      startDate: isoDay(p.startDate),
      endDate: isoDay(p.endDate),
      registrationNumber: p.request?.registrationNumber ?? null,
      parties: p.parties.map((party) => ({
        role: party.side === "CIVIL_SOCIETY" ? "civilSociety" : "public",
        name: party.name,
        organisationNumber: party.orgNumber,
      })),
      events: events.map((e) => ({
        entity: e.entity,
        action: e.action,
        date: e.createdAt.toISOString(),
        actorType: e.actorType,
      })),
      documents,
    },
  };
  const bytes = await exportArchive(
    db,
    { userId: input.user.id, entity: "partnership", entityId: p.id, documentCount: documents.length },
    metadata,
    files,
  );
  const slug = p.title
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
  return { ok: true, filename: `arkivpaket-samverkan-${slug || p.id}.zip`, bytes };
}

/** Ended partnerships, latest ended first, for the registrar's archive list. */
export async function endedPartnerships() {
  const db = await getDb();
  return db.partnership.findMany({
    where: { status: "ENDED" },
    select: { id: true, title: true, endDate: true, endYear: true },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: 20,
  });
}
