import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import type { Description } from "@/components/description-list";
import type { PublicGoal, PublicParty, PublicPartnership } from "@/lib/server/register/partnerships";

export function partyText(p: PublicParty): string {
  return p.department ? `${p.name}, ${p.department}` : p.name;
}

type RegisterT = Awaited<ReturnType<typeof getTranslations<"register">>>;

/** The facts about a partnership that both the register's list and its own page begin with. */
export function partnershipFacts(p: PublicPartnership, t: RegisterT): Description[] {
  return [
    { term: t("civilSocietyParties"), value: p.civilSocietyParties.map(partyText).join("; ") },
    { term: t("publicParties"), value: p.publicParties.map(partyText).join("; ") },
    { term: t("municipality"), value: p.municipality },
    { term: t("period"), value: periodText(p) },
    { term: t("status"), value: t(`statuses.${p.status}`) },
  ];
}

export function periodText(p: PublicPartnership): string {
  const from = p.startDate ?? (p.startYear ? String(p.startYear) : "");
  const to = p.endDate ?? (p.endYear ? String(p.endYear) : "");
  if (!from && !to) return "–";
  return from === to ? from : `${from}–${to}`;
}

/** Goals with their indicator, target and (when published) result. */
export async function GoalsTable({ goals, caption }: { goals: PublicGoal[]; caption: string }) {
  const t = await getTranslations("register");
  return (
    <DataTable
      className="mt-2"
      caption={caption}
      showCaption
      rows={goals}
      columns={[
        { head: t("goal"), cell: (g) => g.text },
        { head: t("indicator"), cell: (g) => g.indicator || "–" },
        { head: t("target"), cell: (g) => g.target || "–" },
        { head: t("result"), cell: (g) => g.result ?? "–" },
      ]}
    />
  );
}
