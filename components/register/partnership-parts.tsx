import { getTranslations } from "next-intl/server";
import { GoalsTableView, type GoalHeads } from "@/components/register/register-cards";
import type { PublicGoal, PublicParty, PublicPartnership } from "@/lib/server/register/partnerships";

export function partyText(p: PublicParty): string {
  return p.department ? `${p.name}, ${p.department}` : p.name;
}

type RegisterT = Awaited<ReturnType<typeof getTranslations<"register">>>;

/** The facts about a partnership that both the register's list and its own page begin with. */
export function partnershipFacts(p: PublicPartnership, t: RegisterT): { term: string; value: string }[] {
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

/** The goals table's column headings, for GoalsTableView (register-cards.tsx). */
export async function goalHeads(): Promise<GoalHeads> {
  const t = await getTranslations("register");
  return { goal: t("goal"), indicator: t("indicator"), target: t("target"), result: t("result") };
}

/** Goals with their indicator, target and (when published) result. */
export async function GoalsTable({ goals, caption }: { goals: PublicGoal[]; caption: string }) {
  return <GoalsTableView goals={goals} caption={caption} heads={await goalHeads()} />;
}
