import "server-only";
import { createTranslator } from "next-intl";
import { formatSek } from "@/lib/domain/budget";
import { sum } from "@/lib/domain/money";
import { en, sv } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { moneyOverview } from "./money-view";
import type { ReportOutline } from "./quarterly-report";

// The money section of the quarterly report (page and PDF): budget, paid, spent and remaining per
// party and year, the deviation flag and open repayment claims, all computed by lib/domain/money.ts.

export async function moneyReportSections(
  partnershipId: string,
  locale: Locale,
  now: Date,
): Promise<ReportOutline["sections"]> {
  const m = await moneyOverview(partnershipId, now);
  if (!m || m.lines.length === 0) return [];
  const t = createTranslator({ locale, messages: { sv, en }[locale], namespace: "money" });
  const name = new Map(m.partnership.parties.map((p) => [p.id, p.name]));
  const sek = (ore: bigint) => formatSek(ore, locale);
  const open = m.claims.filter((c) => c.state !== "paid");
  const blocks: ReportOutline["sections"][number]["blocks"] = [
    {
      kind: "table",
      caption: t("report.caption"),
      head: [
        t("summary.party"),
        t("summary.year"),
        t("summary.budget"),
        t("summary.paid"),
        t("summary.spent"),
        t("summary.remaining"),
      ],
      rows: m.rows
        .filter((r) => r.budget > 0n || r.paid > 0n || r.spent > 0n)
        .map((r) => [
          name.get(r.partyId) ?? "",
          String(r.year),
          sek(r.budget),
          sek(r.paid),
          sek(r.spent),
          sek(r.remaining),
        ]),
    },
  ];
  if (m.flag) blocks.push({ kind: "text", text: t("report.flag") });
  if (open.length)
    blocks.push({
      kind: "text",
      text: t("report.openClaims", { amount: sek(sum(open.map((c) => c.outstanding))) }),
    });
  return [{ id: "money", heading: t("report.heading"), blocks }];
}
