import "server-only";
import { createTranslator } from "next-intl";
import { dateValue, isoDate, readGoals, readIndicators, swedishDate } from "@/lib/domain/follow-ups";
import {
  defaultReportQuarter,
  formatQuarter,
  parseQuarter,
  quarterRange,
  quartersBetween,
  type Quarter,
} from "@/lib/domain/quarters";
import { en, sv } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { getDb } from "../db/client";
import { findPartnership, TERM } from "./queries";
import { moneyReportSections } from "./money-report";

// The quarterly report (the agreement template in docs/domain.md: every quarter the steering group compiles a
// document for the board and the organisation's board), compiled from the follow-ups held in the quarter. One
// outline in the reader's language, rendered both as a printable page and as a PDF (report-pdf.ts).

const messages = { sv, en } as const;

export type ReportBlock =
  | { kind: "text"; label?: string; text: string }
  | { kind: "table"; caption: string; head: string[]; rows: string[][] };

export interface ReportOutline {
  title: string;
  subtitle: string;
  municipality: string;
  meta: [string, string][];
  sections: { id: string; heading: string; blocks: ReportBlock[] }[];
  footer: string;
}

export interface ReportData {
  partnershipId: string;
  quarters: string[];
  quarter: string;
  outline: ReportOutline;
}

const formatNumber = (locale: Locale, n: number) =>
  new Intl.NumberFormat(locale === "sv" ? "sv-SE" : "en-GB", { maximumFractionDigits: 4 }).format(n);

/**
 * The report of one quarter of a partnership's period (`period` like "2026-Q3"; anything else or a
 * quarter outside the period gives the default: the last full quarter). Null when the partnership
 * does not exist or has no period to report on.
 */
export async function quarterlyReport(
  partnershipId: string,
  period: unknown,
  locale: Locale,
  now = new Date(),
): Promise<ReportData | null> {
  const p = await findPartnership(partnershipId, {
    id: true,
    title: true,
    municipality: true,
    ...TERM,
    goals: true,
    parties: { select: { name: true, side: true, department: true }, orderBy: { sortOrder: "asc" } },
  });
  if (!p) return null;
  const start = p.startDate ? isoDate(p.startDate) : p.startYear ? `${p.startYear}-01-01` : null;
  const end = p.endDate ? isoDate(p.endDate) : p.endYear ? `${p.endYear}-12-31` : null;
  if (!start || !end || end < start) return null;
  const quarters = quartersBetween(start, end);
  const today = swedishDate(now);
  const asked = parseQuarter(period);
  const quarter =
    (asked && quarters.find((q) => formatQuarter(q) === formatQuarter(asked))) ??
    defaultReportQuarter(quarters, today)!;
  const range = quarterRange(quarter);

  const db = await getDb();
  const [held, missed, reports] = await Promise.all([
    db.followUp.findMany({
      where: { partnershipId, doneAt: { gte: dateValue(range.from), lte: dateValue(range.to) } },
      orderBy: [{ doneAt: "asc" }, { id: "asc" }],
    }),
    db.followUp.findMany({
      where: {
        partnershipId,
        doneAt: null,
        kind: { not: "EXTRA" },
        dueDate: { gte: dateValue(range.from), lte: dateValue(range.to), lt: dateValue(today) },
      },
      orderBy: { dueDate: "asc" },
    }),
    // Accepted partner reports on this quarter (lib/server/partnerships/review-partner-report.ts).
    db.partnerReport.findMany({
      where: { partnershipId, status: "ACCEPTED", quarter: formatQuarter(quarter) },
      orderBy: { submittedAt: "asc" },
      select: {
        activities: true,
        participants: true,
        volunteerHours: true,
        party: { select: { name: true } },
      },
    }),
  ]);

  const t = createTranslator({ locale, messages: messages[locale], namespace: "followUps" });
  const pt = createTranslator({ locale, messages: messages[locale], namespace: "partner.quarterly" });
  const date = (iso: string) =>
    new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", {
      dateStyle: "long",
      timeZone: "UTC",
    }).format(dateValue(iso));
  const quarterLabel = (q: Quarter) => t("report.quarterLabel", { quarter: q.quarter, year: q.year });

  // The latest value of each goal's indicator in the quarter (follow-ups are in date order).
  const latest = new Map<string, { value: number; comment?: string; heldOn: string }>();
  for (const f of held)
    for (const i of readIndicators(f.indicators))
      latest.set(i.goalId, { value: i.value, comment: i.comment, heldOn: isoDate(f.doneAt!) });

  const parties = (side: "CIVIL_SOCIETY" | "PUBLIC") =>
    p.parties
      .filter((x) => x.side === side)
      .map((x) => (x.department ? `${x.name} (${x.department})` : x.name))
      .join(", ");

  const outline: ReportOutline = {
    title: t("report.title", { quarter: quarterLabel(quarter) }),
    subtitle: p.title,
    municipality: p.municipality,
    meta: [
      [t("report.partnership"), p.title],
      [t("report.civilSociety"), parties("CIVIL_SOCIETY") || "–"],
      [t("report.publicParty"), parties("PUBLIC") || "–"],
      [t("report.period"), `${date(start)} – ${date(end)}`],
      [t("report.reportPeriod"), `${date(range.from)} – ${date(range.to)}`],
    ],
    sections: [
      {
        id: "held",
        heading: t("report.held"),
        blocks: held.length
          ? held.map((f) => ({
              kind: "text" as const,
              label: `${date(isoDate(f.doneAt!))} · ${t(`kinds.${f.kind}`)}`,
              text: [
                `${t("report.participants")}: ${f.participants ?? ""}`,
                f.notes ? `${t("report.notes")}: ${f.notes}` : "",
              ]
                .filter(Boolean)
                .join("\n"),
            }))
          : [{ kind: "text" as const, text: t("report.noneHeld") }],
      },
      {
        id: "goals",
        heading: t("report.goals"),
        blocks: [
          readGoals(p.goals).length === 0
            ? { kind: "text", text: t("report.noGoals") }
            : {
                kind: "table",
                caption: t("report.goalsCaption"),
                head: [t("report.goal"), t("report.target"), t("report.latestValue")],
                rows: readGoals(p.goals).map((g) => {
                  const v = latest.get(g.id);
                  return [
                    [g.text, g.indicator].filter(Boolean).join(" – "),
                    g.target || "–",
                    v
                      ? `${formatNumber(locale, v.value)} (${date(v.heldOn)})${v.comment ? ` ${v.comment}` : ""}`
                      : t("report.noValue"),
                  ];
                }),
              },
        ],
      },
      {
        id: "partnerReports",
        heading: pt("heading"),
        blocks: reports.length
          ? reports.map((r) => ({
              kind: "text" as const,
              label: r.party.name,
              text: [
                `${pt("activities")}: ${r.activities}`,
                `${pt("participants")}: ${formatNumber(locale, r.participants)}`,
                `${pt("volunteerHours")}: ${formatNumber(locale, r.volunteerHours)}`,
              ].join("\n"),
            }))
          : [{ kind: "text" as const, text: pt("none") }],
      },
      {
        id: "missed",
        heading: t("report.missed"),
        blocks: missed.length
          ? [
              {
                kind: "text",
                text: missed.map((f) => `${date(isoDate(f.dueDate))} · ${t(`kinds.${f.kind}`)}`).join("\n"),
              },
            ]
          : [{ kind: "text", text: t("report.noneMissed") }],
      },
    ],
    footer: t("report.footer", { title: p.title, quarter: quarterLabel(quarter) }),
  };
  outline.sections.push(...(await moneyReportSections(partnershipId, locale, now)));
  return { partnershipId, quarters: quarters.map(formatQuarter), quarter: formatQuarter(quarter), outline };
}
