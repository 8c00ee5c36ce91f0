import "server-only";
import { createTranslator } from "next-intl";
import { documentNumber } from "@/lib/domain/case-documents";
import type { Answers } from "@/lib/domain/intake/schema";
import { QUESTION_SECTION, SECTIONS } from "@/lib/domain/intake/sections";
import type { CaseDocument } from "@/lib/generated/prisma/client";
import { sv } from "@/lib/i18n/messages";
import type { Db } from "../db/client";
import { fileStore } from "../files/store";
import { sectionTitles } from "../mail/case-emails";
import { DocumentWriter } from "../pdf/document-writer";
import { getSettings } from "../settings";
import { proposalDocument, proposalPdf } from "../staff/proposal-document";

// A registered document's contents as a file: the original file for attachments and the signed
// agreement, otherwise a PDF drawn from the row it points at. The register is kept in Swedish, the
// municipality's language, so these documents are too.

export interface DocumentFile {
  filename: string;
  contentType: string;
  bytes: Uint8Array;
}

const t = createTranslator({ locale: "sv", messages: sv });
const DIRECTION = { IN: "Inkommen", OUT: "Upprättad och utsänd", INTERNAL: "Upprättad" } as const;
const stockholm = new Intl.DateTimeFormat("sv-SE", {
  dateStyle: "short",
  timeStyle: "short",
  timeZone: "Europe/Stockholm",
});

const safeName = (s: string) => s.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "");

/** The file name a document gets in exports and archive packages, e.g. "KS-2026-0042-3.pdf". */
export const documentFilename = (registrationNumber: string, doc: { number: number }, ext: string) =>
  `${safeName(documentNumber(registrationNumber, doc.number))}.${ext}`;

function answersText(answers: Answers, kind: string, only?: string[]): [string, string][] {
  const sections = kind === "QUESTION" ? [QUESTION_SECTION] : SECTIONS;
  const blocks: [string, string][] = [];
  for (const section of sections) {
    if (only && !only.includes(section.id)) continue;
    for (const field of section.fields) {
      const value = answers[section.id]?.[field.name];
      const label = `${kind === "QUESTION" ? "" : `${t(`intake.sections.${section.id}` as never)}: `}${t(
        `intake.fields.${section.id}.${field.name}.label` as never,
      )}`;
      const text = Array.isArray(value)
        ? value.map((v) => t(`home.themes.${v}` as never)).join(", ")
        : field.type === "select" && value
          ? t(`intake.organisationForms.${value}` as never)
          : (value ?? "").trim();
      blocks.push([label, text || "–"]);
    }
  }
  return blocks;
}

/** The text a generated document holds, field by field; null when what it points at is gone. */
async function body(db: Db, doc: CaseDocument, request: { kind: string; answers: unknown }) {
  switch (doc.kind) {
    case "REQUEST":
      return answersText(request.answers as Answers, request.kind);
    case "SUPPLEMENT": {
      const event = await db.caseEvent.findUnique({ where: { id: BigInt(doc.refId) } });
      const sections = ((event?.data ?? {}) as { sections?: string[] }).sections ?? [];
      // The answers as they stand; the sections' earlier text is in the request's own document.
      return [
        ["Kompletterade avsnitt", sectionTitles("sv", sections).join(", ")] as [string, string],
        ...answersText(request.answers as Answers, request.kind, sections),
      ];
    }
    case "MESSAGE": {
      const m = await db.message.findUnique({ where: { id: doc.refId } });
      return m ? [["Meddelande", m.body] as [string, string]] : null;
    }
    case "OPINION": {
      const o = await db.expertOpinion.findUnique({ where: { id: doc.refId } });
      return o
        ? ([
            ["Fråga", o.question],
            ["Yttrande", o.answer ?? "–"],
          ] as [string, string][])
        : null;
    }
    case "DECISION": {
      const e = await db.caseEvent.findUnique({ where: { id: BigInt(doc.refId) } });
      const data = (e?.data ?? {}) as { outcome?: string; reason?: string; collaborationForm?: string };
      return e
        ? ([
            ["Beslut", t(`status.outcome.${data.outcome}` as never)],
            ...(data.collaborationForm
              ? [["Samverkansform", t(`staff.recommended.${data.collaborationForm}` as never)]]
              : []),
            ["Motivering", data.reason ?? ""],
          ] as [string, string][])
        : null;
    }
    default:
      return null;
  }
}

/** The document as a file, or null when its contents are missing. Callers decide who may read it. */
export async function documentFile(
  db: Db,
  doc: CaseDocument,
  request: { id: string; kind: string; registrationNumber: string; subject: string; answers: unknown },
): Promise<DocumentFile | null> {
  if (doc.kind === "ATTACHMENT") {
    const a = await db.attachment.findUnique({ where: { id: doc.refId } });
    const bytes = a ? await fileStore().get(db, a.storageKey) : null;
    if (!a || !bytes) return null;
    const ext = a.filename.includes(".") ? a.filename.split(".").pop()! : "bin";
    return {
      filename: documentFilename(request.registrationNumber, doc, ext),
      contentType: a.contentType,
      bytes,
    };
  }
  if (doc.kind === "AGREEMENT") {
    const v = await db.agreementVersion.findUnique({ where: { id: doc.refId } });
    const key = v?.signedFileId ?? v?.pdfFileId;
    const bytes = key ? await fileStore().get(db, key) : null;
    if (!bytes) return null;
    return {
      filename: documentFilename(request.registrationNumber, doc, "pdf"),
      contentType: "application/pdf",
      bytes,
    };
  }
  if (doc.kind === "PROPOSAL") {
    const proposal = await proposalDocument(request.id, "sv", doc.refId);
    if (!proposal) return null;
    const bytes = await proposalPdf(proposal);
    return {
      filename: documentFilename(request.registrationNumber, doc, "pdf"),
      contentType: "application/pdf",
      bytes,
    };
  }
  const fields = await body(db, doc, request);
  if (!fields) return null;
  const { municipalityName } = await getSettings();
  const number = documentNumber(request.registrationNumber, doc.number);
  const meta: [string, string][] = [
    ["Handling", number],
    ["Ärende", `${request.registrationNumber} ${request.subject}`],
    ["Registrerad", stockholm.format(doc.registeredAt)],
    ["Riktning", DIRECTION[doc.direction]],
    ...(doc.counterpart
      ? [[doc.direction === "OUT" ? "Mottagare" : "Avsändare", doc.counterpart] as [string, string]]
      : []),
    ...(doc.secrecy
      ? [
          ["Sekretessmarkering", `Kan innehålla uppgifter som omfattas av sekretess, ${doc.secrecy}`] as [
            string,
            string,
          ],
        ]
      : []),
  ];
  const w = await DocumentWriter.create(
    { title: `${number} ${doc.description}`, author: municipalityName, locale: "sv" },
    { text: JSON.stringify({ meta, fields, d: doc.description, municipalityName }) },
  );
  w.masthead(municipalityName, "Handling", doc.description, { size: 16, gap: 10 });
  w.metaRows(meta, 130, () => 30);
  for (const [label, text] of fields) w.field(label, text);
  const bytes = await w.save((page, pages) => `${number}  ·  sida ${page} av ${pages}`);
  return {
    filename: documentFilename(request.registrationNumber, doc, "pdf"),
    contentType: "application/pdf",
    bytes,
  };
}
