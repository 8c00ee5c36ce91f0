import "server-only";
import { createTranslator } from "next-intl";
import { computeBudget, formatCalculation, formatTkr, lineTotal, type BudgetLine } from "@/lib/domain/budget";
import type { OutlineBlock, OutlineLike } from "@/lib/domain/agreement-signing";
import { readFollowUpPlan } from "@/lib/domain/follow-up-plan";
import { readGoals, readSteeringGroup } from "@/lib/domain/partnership";
import { en, sv } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { budgetLinesOf, partnershipDetail, type PartnershipDetail } from "./queries";

// The IOP agreement (the agreement template, docs/domain.md) generated from the record, as one outline shown
// two ways: the printable page and the PDF (agreement-pdf.ts). The sections follow the agreement template's
// order, parties first. Every figure of the budget table is computed by lib/domain/budget.ts from the lines;
// nothing typed is trusted.

const messages = { sv, en } as const;

/** A block of the outline; its shape is the domain's, which compares frozen versions with it. */
export type AgreementBlock = OutlineBlock;

export interface AgreementOutline extends OutlineLike {
  locale: Locale;
  documentKind: string;
  municipality: string;
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

export async function agreementOutline(id: string, locale: Locale): Promise<AgreementOutline | null> {
  const p = await partnershipDetail(id);
  return p ? outlineOf(p, locale) : null;
}

export function outlineOf(p: PartnershipDetail, locale: Locale): AgreementOutline {
  const t = createTranslator({ locale, messages: messages[locale], namespace: "partnerships.agreement" });
  const kinds = createTranslator({ locale, messages: messages[locale], namespace: "partnerships.kinds" });
  const none = t("none");
  const text = (value: string | null | undefined, label?: string): AgreementBlock => ({
    kind: "text",
    ...(label ? { label } : {}),
    text: value?.trim() || none,
  });
  const civil = p.parties.filter((x) => x.side === "CIVIL_SOCIETY");
  const publicParties = p.parties.filter((x) => x.side === "PUBLIC");
  const partyText = (x: PartnershipDetail["parties"][number]) =>
    [x.name, x.department, x.orgNumber ? `${t("orgNumber")} ${x.orgNumber}` : null]
      .filter(Boolean)
      .join(", ");
  const goals = readGoals(p.goals);
  const steering = readSteeringGroup(p.steeringGroup);
  const plan = readFollowUpPlan(p.followUpPlan);
  const period =
    p.startDate || p.endDate
      ? `${day(p.startDate)} – ${day(p.endDate)}`
      : p.startYear || p.endYear
        ? `${p.startYear ?? ""} – ${p.endYear ?? ""}`
        : none;

  const lines: BudgetLine[] = budgetLinesOf(p.budgetLines);
  const budget = computeBudget(
    lines,
    p.parties.map((x) => ({ id: x.id, name: x.name })),
  );
  const budgetBlocks: AgreementBlock[] = budget.years.flatMap((year) => {
    const rows: { cells: string[]; total?: boolean }[] = [];
    for (const party of year.parties) {
      const own = lines.filter((l) => l.year === year.year && l.partyId === party.partyId);
      if (own.length === 0) continue;
      for (const l of own)
        rows.push({
          cells: [
            party.name,
            `${kinds(l.kind)}: ${l.description}`,
            formatCalculation(l, locale),
            formatTkr(lineTotal(l), locale),
          ],
        });
      rows.push({
        total: true,
        cells: [
          party.name,
          t("partyTotal"),
          party.share ? t("shareOf", { percent: shareText(party.share.percent, locale) }) : "",
          formatTkr(party.total, locale),
        ],
      });
    }
    rows.push({ total: true, cells: [t("allParties"), t("total"), "", formatTkr(year.grandTotal, locale)] });
    return [
      {
        kind: "table" as const,
        caption: t("budgetYear", { year: year.year }),
        head: [t("party"), t("item"), t("calculation"), t("amount")],
        rows,
      },
    ];
  });

  return {
    locale,
    title: p.title,
    documentKind: t("documentKind"),
    municipality: p.municipality,
    sections: [
      {
        id: "parties",
        heading: t("parties"),
        blocks: [
          text(civil.map(partyText).join("\n"), t("civilParties")),
          text(publicParties.map(partyText).join("\n"), t("publicParties")),
        ],
      },
      { id: "background", heading: t("background"), blocks: [text(p.background)] },
      { id: "values", heading: t("values"), blocks: [text(p.values)] },
      { id: "purpose", heading: t("purpose"), blocks: [text(p.purpose)] },
      { id: "efforts", heading: t("efforts"), blocks: [text(p.efforts)] },
      { id: "targetGroup", heading: t("targetGroup"), blocks: [text(p.targetGroup)] },
      {
        id: "goals",
        heading: t("goals"),
        blocks: [
          text(p.overallGoal, t("overallGoal")),
          goals.length
            ? {
                kind: "table",
                caption: t("measurableGoals"),
                head: [t("goal"), t("indicator"), t("target")],
                rows: goals.map((g) => ({ cells: [g.text, g.indicator, g.target] })),
              }
            : text("", t("measurableGoals")),
        ],
      },
      {
        id: "organisation",
        heading: t("organisation"),
        blocks: [
          text(p.collaboration, t("collaboration")),
          text(
            [
              p.responsibleCommittee.trim() &&
                `${t("responsibleCommittee")}: ${p.responsibleCommittee.trim()}`,
              p.responsibleDepartment.trim() &&
                `${t("responsibleDepartment")}: ${p.responsibleDepartment.trim()}`,
            ]
              .filter(Boolean)
              .join("\n"),
            t("responsibility"),
          ),
        ],
      },
      {
        id: "steering",
        heading: t("steering"),
        blocks: [
          ...p.parties.map((x) => text(steering.members[x.id], t("membersOf", { party: x.name }))),
          text(steering.decisionRule, t("decisionRule")),
          text(steering.meetingCadence, t("meetingCadence")),
        ],
      },
      {
        id: "followUp",
        heading: t("followUp"),
        blocks: [
          text(plan.talkEveryMonths ? t("everyMonths", { months: plan.talkEveryMonths }) : "", t("talks")),
          text(
            plan.reportEveryMonths ? t("everyMonths", { months: plan.reportEveryMonths }) : "",
            t("reports"),
          ),
          text(plan.description, t("followUpDescription")),
        ],
      },
      {
        id: "budget",
        heading: t("budget"),
        blocks: [
          ...budgetBlocks,
          {
            kind: "table",
            caption: t("budgetSummary"),
            head: [t("party"), t("shareHead"), t("amount")],
            rows: [
              ...budget.overall.parties.map((x) => ({
                cells: [
                  x.name,
                  x.share ? `${shareText(x.share.percent, locale)} %` : "–",
                  formatTkr(x.total, locale),
                ],
              })),
              { total: true, cells: [t("total"), "100 %", formatTkr(budget.overall.grandTotal, locale)] },
            ],
          },
        ],
      },
      { id: "evaluation", heading: t("evaluation"), blocks: [text(p.evaluation)] },
      {
        id: "period",
        heading: t("period"),
        blocks: [text(period, t("term")), text(day(p.extensionDecisionDate), t("extensionDecision"))],
      },
      {
        id: "terms",
        heading: t("terms"),
        blocks: [
          text(p.renegotiationTerms, t("renegotiation")),
          text(p.repaymentTerms, t("repayment")),
          text(p.surplusUse, t("surplus")),
        ],
      },
      {
        id: "signatures",
        heading: t("signatures"),
        blocks: [
          {
            kind: "signatures",
            place: t("placeDate"),
            signature: t("signature"),
            parties: p.parties.map((x) => ({ name: x.name, detail: x.department ?? x.orgNumber ?? "" })),
          },
        ],
      },
    ],
  };
}

const shareText = (percent: number, locale: Locale) =>
  locale === "sv" ? percent.toFixed(1).replace(".", ",") : percent.toFixed(1);
