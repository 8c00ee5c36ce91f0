import "server-only";
import { isUuid } from "@/lib/domain/ids";
import { createTranslator } from "next-intl";
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { IOP_CRITERIA } from "@/lib/domain/workflow-payloads";
import { en, sv } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { getDb } from "../db/client";
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

/** The document for the latest submitted proposal of a sent request, or null when there is none. */
export async function proposalDocument(requestId: string, locale: Locale): Promise<ProposalDocument | null> {
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
    where: { requestId, submittedAt: { not: null } },
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

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const BOTTOM = 64; // room for the page number
const WIDTH = A4[0] - 2 * MARGIN;
const INK = rgb(0.1, 0.1, 0.1);
const GREY = rgb(0.35, 0.35, 0.35);

/** Keeps only characters the standard font can encode (WinAnsi); others become "?". */
function encodable(font: PDFFont) {
  const supported = new Set(font.getCharacterSet());
  return (text: string) =>
    Array.from(text.normalize("NFC").replace(/\r\n?/g, "\n").replace(/\t/g, "    "))
      .map((ch) => (ch === "\n" || supported.has(ch.codePointAt(0)!) ? ch : "?"))
      .join("");
}

/** Breaks text into lines no wider than `width`, keeping its own line breaks; long words are split. */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= width;
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (let word of paragraph.split(/ +/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = "";
      while (!fits(word)) {
        let cut = word.length - 1;
        while (cut > 1 && !fits(word.slice(0, cut))) cut--;
        lines.push(word.slice(0, cut));
        word = word.slice(cut);
      }
      line = word;
    }
    lines.push(line);
  }
  return lines;
}

/** Renders the document as an A4 PDF (Helvetica), with page numbers. */
export async function proposalPdf(doc: ProposalDocument): Promise<Uint8Array> {
  const outline = proposalOutline(doc);
  const t = translator(doc.locale);
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${outline.title} ${doc.registrationNumber}`);
  pdf.setSubject(doc.subject);
  pdf.setAuthor(doc.municipality);
  pdf.setLanguage(doc.locale === "sv" ? "sv-SE" : "en-GB");
  pdf.setCreator("Lotsen");
  pdf.setProducer("Lotsen");
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const clean = encodable(regular);

  let page: PDFPage = pdf.addPage(A4);
  let y = A4[1] - MARGIN;
  const newPage = () => {
    page = pdf.addPage(A4);
    y = A4[1] - MARGIN;
  };
  const ensure = (height: number) => {
    if (y - height < BOTTOM) newPage();
  };
  const write = (
    text: string,
    opts: {
      font?: PDFFont;
      size?: number;
      x?: number;
      width?: number;
      gap?: number;
      color?: typeof INK;
    } = {},
  ) => {
    const font = opts.font ?? regular;
    const size = opts.size ?? 10.5;
    const x = opts.x ?? MARGIN;
    const leading = size * 1.35;
    for (const line of wrapText(clean(text), font, size, opts.width ?? WIDTH - (x - MARGIN))) {
      ensure(leading);
      y -= leading;
      if (line) page.drawText(line, { x, y: y + size * 0.25, size, font, color: opts.color ?? INK });
    }
    y -= opts.gap ?? 0;
  };

  write(doc.municipality, { size: 10, color: GREY });
  write(outline.documentKind.toUpperCase(), { size: 9, color: GREY, gap: 6 });
  write(outline.title, { font: bold, size: 20, gap: 12 });

  const labelWidth = 150;
  for (const [label, value] of outline.meta) {
    const lines = wrapText(clean(value), regular, 10.5, WIDTH - labelWidth);
    ensure(10.5 * 1.35 * Math.min(lines.length, 3));
    const top = y;
    write(label, { font: bold, width: labelWidth - 8 });
    const afterLabel = y;
    y = top;
    write(value, { x: MARGIN + labelWidth });
    y = Math.min(y, afterLabel) - 2;
  }
  y -= 8;
  page.drawLine({ start: { x: MARGIN, y }, end: { x: A4[0] - MARGIN, y }, thickness: 0.75, color: GREY });
  y -= 6;

  for (const section of outline.sections) {
    ensure(60); // keep a heading together with the start of its text
    y -= 10;
    write(section.heading, { font: bold, size: 14, gap: 4 });
    for (const block of section.blocks) {
      if (block.kind === "field") {
        if (block.label) write(block.label, { font: bold });
        write(block.text, { gap: 6 });
      } else {
        for (const [criterion, met, note] of block.rows) {
          ensure(30);
          write(`${criterion}: ${met}`, { font: bold });
          if (note) write(note, { x: MARGIN + 12 });
          y -= 4;
        }
      }
    }
  }

  const pages = pdf.getPages();
  pages.forEach((p, i) => {
    const footer = clean(
      `${doc.registrationNumber}  ·  ${t("proposalDoc.page", { page: i + 1, pages: pages.length })}`,
    );
    const size = 9;
    p.drawText(footer, {
      x: A4[0] - MARGIN - regular.widthOfTextAtSize(footer, size),
      y: 32,
      size,
      font: regular,
      color: GREY,
    });
  });
  return pdf.save();
}
