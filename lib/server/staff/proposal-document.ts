import "server-only";
import { isUuid } from "@/lib/domain/ids";
import { createTranslator } from "next-intl";
import { IOP_CRITERIA } from "@/lib/domain/workflow-payloads";
import { en, sv } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { getDb } from "../db/client";
import { DocumentWriter, MARGIN, WIDTH } from "../pdf/document-writer";
import { getSettings } from "../settings";

// The decision proposal (tjänsteskrivelse) to the kommundirektör, as one document shown two ways:
// a printable page and an A4 PDF. proposalDocument gathers the data, proposalOutline puts it into
// headed sections in the reader's language, and both the page and proposalPdf render that outline.

const TIME_ZONE = "Europe/Stockholm";
const messages = { sv, en } as const;

export interface ProposalCriterion {
  key: string;
  met: string;
  note: string;
}

export interface ProposalDocument {
  requestId: string;
  locale: Locale;
  municipality: string;
  registrationNumber: string;
  /** When the proposal was submitted. */
  date: Date;
  subject: string;
  organisation: { name: string; orgNumber: string | null } | null;
  contact: { name: string; email: string; phone: string | null } | null;
  author: string | null;
  proposal: { recommended: string; motivation: string; resources: string; criteria: ProposalCriterion[] };
  /** The lotsen meeting as recorded by the "review" action (meetingDate, participants, summary). */
  meeting: Record<string, string> | null;
  opinions: { expert: string; question: string; answer: string | null; hasConflict: boolean }[];
  presentationNotes: string[];
}

/**
 * The document for the latest submitted proposal of a sent request (or the one `proposalId` names,
 * for the register of documents), or null when there is none.
 */
export async function proposalDocument(
  requestId: string,
  locale: Locale,
  proposalId?: string,
): Promise<ProposalDocument | null> {
  if (!isUuid(requestId)) return null;
  const db = await getDb();
  const request = await db.request.findFirst({
    where: { id: requestId, status: { not: "DRAFT" } },
    select: {
      id: true,
      registrationNumber: true,
      subject: true,
      organisation: { select: { name: true, orgNumber: true } },
      contact: { select: { name: true, email: true, phone: true } },
    },
  });
  if (!request) return null;
  const proposal = await db.decisionProposal.findFirst({
    where: { requestId, submittedAt: { not: null }, ...(proposalId ? { id: proposalId } : {}) },
    orderBy: { submittedAt: "desc" },
  });
  if (!proposal) return null;
  const [author, reviews, opinions, presentations] = await Promise.all([
    db.staffUser.findUnique({ where: { id: proposal.authorId }, select: { name: true } }),
    db.caseEvent.findMany({ where: { requestId, type: "STEP_CHANGED" }, orderBy: { id: "desc" } }),
    db.expertOpinion.findMany({
      where: { requestId },
      include: { expert: { select: { name: true } } },
      orderBy: { requestedAt: "asc" },
    }),
    db.presentation.findMany({ where: { requestId }, orderBy: { createdAt: "asc" } }),
  ]);
  const review = reviews
    .map((e) => e.data as { action?: string; details?: Record<string, string> })
    .find((d) => d.action === "review" && d.details);

  const stored = Array.isArray(proposal.criteria)
    ? (proposal.criteria as unknown as ProposalCriterion[])
    : [];
  const order = (key: string) => {
    const i = (IOP_CRITERIA as readonly string[]).indexOf(key);
    return i < 0 ? IOP_CRITERIA.length : i;
  };
  const criteria = stored
    .filter((c) => c && typeof c.key === "string")
    .map((c) => ({ key: c.key, met: String(c.met ?? ""), note: String(c.note ?? "") }))
    .sort((a, b) => order(a.key) - order(b.key));

  return {
    requestId,
    locale,
    municipality: (await getSettings()).municipalityName,
    registrationNumber: request.registrationNumber ?? "",
    date: proposal.submittedAt ?? proposal.createdAt,
    subject: request.subject ?? "",
    organisation: request.organisation,
    contact: request.contact,
    author: author?.name ?? null,
    proposal: {
      recommended: proposal.recommended,
      motivation: proposal.motivation,
      resources: proposal.resources,
      criteria,
    },
    meeting: review?.details ?? null,
    opinions: opinions.map((o) => ({
      expert: o.expert.name,
      question: o.question,
      answer: o.answer,
      hasConflict: o.hasConflict === true,
    })),
    presentationNotes: presentations.map((p) => p.notes?.trim() ?? "").filter(Boolean),
  };
}

export type OutlineBlock =
  | { kind: "field"; label: string; text: string }
  | { kind: "criteria"; head: [string, string, string]; rows: [string, string, string][] };

export interface ProposalOutline {
  title: string;
  documentKind: string;
  meta: [string, string][];
  sections: { id: string; heading: string; blocks: OutlineBlock[] }[];
}

function translator(locale: Locale) {
  return createTranslator({ locale, messages: messages[locale], timeZone: TIME_ZONE, namespace: "staff" });
}

/** The document as headed sections in its language: what both the page and the PDF show. */
export function proposalOutline(doc: ProposalDocument): ProposalOutline {
  const t = translator(doc.locale);
  const tk = t as unknown as (key: string) => string;
  const known = (key: string, fallback: string) => (t.has(key as never) ? tk(key) : fallback);
  const d = "proposalDoc" as const;
  const date = new Intl.DateTimeFormat(doc.locale === "sv" ? "sv-SE" : "en-GB", {
    dateStyle: "long",
    timeZone: TIME_ZONE,
  }).format(doc.date);

  const meta: [string, string][] = [
    [t(`${d}.municipality`), doc.municipality],
    [t(`${d}.to`), t(`${d}.toValue`)],
    [t(`${d}.registrationNumber`), doc.registrationNumber],
    [t(`${d}.date`), date],
    [t(`${d}.subject`), doc.subject],
  ];
  if (doc.organisation) {
    meta.push([t(`${d}.organisation`), doc.organisation.name]);
    if (doc.organisation.orgNumber) meta.push([t(`${d}.orgNumber`), doc.organisation.orgNumber]);
  }
  if (doc.contact) {
    meta.push([
      t(`${d}.contact`),
      [doc.contact.name, doc.contact.email, doc.contact.phone].filter(Boolean).join(", "),
    ]);
  }
  if (doc.author) meta.push([t(`${d}.preparedBy`), doc.author]);

  const meeting: OutlineBlock[] = doc.meeting
    ? (["meetingDate", "participants", "summary"] as const)
        .filter((k) => doc.meeting?.[k])
        .map((k) => ({ kind: "field", label: t(`${d}.${k}`), text: doc.meeting![k]! }))
    : [];

  return {
    title: t(`${d}.title`),
    documentKind: t(`${d}.documentKind`),
    meta,
    sections: [
      {
        id: "proposal",
        heading: t(`${d}.proposal`),
        blocks: [
          {
            kind: "field",
            label: t(`${d}.recommended`),
            text: known(`recommended.${doc.proposal.recommended}`, doc.proposal.recommended),
          },
          { kind: "field", label: t(`${d}.motivation`), text: doc.proposal.motivation },
          { kind: "field", label: t(`${d}.resources`), text: doc.proposal.resources },
        ],
      },
      {
        id: "criteria",
        heading: t(`${d}.criteria`),
        blocks: [
          {
            kind: "criteria",
            head: [t(`${d}.criterion`), t(`${d}.met`), t(`${d}.note`)],
            rows: doc.proposal.criteria.map((c) => [
              known(`criteria.${c.key}`, c.key),
              known(`met.${c.met}`, c.met),
              c.note,
            ]),
          },
        ],
      },
      {
        id: "meeting",
        heading: t(`${d}.meeting`),
        blocks: meeting.length ? meeting : [{ kind: "field", label: "", text: t(`${d}.noMeeting`) }],
      },
      {
        id: "opinions",
        heading: t(`${d}.opinions`),
        blocks: doc.opinions.length
          ? doc.opinions.map((o) => ({
              kind: "field",
              label: o.expert,
              text: o.hasConflict ? t(`${d}.opinionConflict`) : (o.answer ?? t(`${d}.opinionPending`)),
            }))
          : [{ kind: "field", label: "", text: t(`${d}.noOpinions`) }],
      },
      {
        id: "presentation",
        heading: t(`${d}.presentation`),
        blocks: doc.presentationNotes.length
          ? doc.presentationNotes.map((text) => ({ kind: "field", label: "", text }))
          : [{ kind: "field", label: "", text: t(`${d}.noPresentation`) }],
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// PDF

/** Renders the document as an A4 PDF (Helvetica), with page numbers. */
export async function proposalPdf(doc: ProposalDocument): Promise<Uint8Array> {
  const outline = proposalOutline(doc);
  const t = translator(doc.locale);
  const w = await DocumentWriter.create(
    {
      title: `${outline.title} ${doc.registrationNumber}`,
      subject: doc.subject,
      author: doc.municipality,
      locale: doc.locale,
    },
    { text: JSON.stringify({ doc, outline }) },
  );

  w.masthead(doc.municipality, outline.documentKind, outline.title, { size: 20, gap: 12 });
  const labelWidth = 150;
  // A value keeps up to three of its lines on the page its label starts on.
  w.metaRows(outline.meta, labelWidth, (value) => {
    const lines = w.lines(value, w.regular, 10.5, WIDTH - labelWidth);
    return 10.5 * 1.35 * Math.min(lines.length, 3);
  });

  for (const section of outline.sections) {
    w.heading(section.heading);
    for (const block of section.blocks) {
      if (block.kind === "field") {
        w.field(block.label, block.text);
      } else {
        for (const [criterion, met, note] of block.rows) {
          w.ensure(30);
          w.write(`${criterion}: ${met}`, { font: w.bold });
          if (note) w.write(note, { x: MARGIN + 12 });
          w.y -= 4;
        }
      }
    }
  }

  return w.save((page, pages) => `${doc.registrationNumber}  ·  ${t("proposalDoc.page", { page, pages })}`);
}
