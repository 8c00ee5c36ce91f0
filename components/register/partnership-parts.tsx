import { getTranslations } from "next-intl/server";
import type { PublicGoal, PublicParty, PublicPartnership } from "@/lib/server/register/partnerships";

export function partyText(p: PublicParty): string {
  return p.department ? `${p.name}, ${p.department}` : p.name;
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
    <div className="mt-2 overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-700">
            <th scope="col" className="p-2">
              {t("goal")}
            </th>
            <th scope="col" className="p-2">
              {t("indicator")}
            </th>
            <th scope="col" className="p-2">
              {t("target")}
            </th>
            <th scope="col" className="p-2">
              {t("result")}
            </th>
          </tr>
        </thead>
        <tbody>
          {goals.map((g, i) => (
            <tr key={i} className="border-b border-slate-300 align-top">
              <td className="p-2">{g.text}</td>
              <td className="p-2">{g.indicator || "–"}</td>
              <td className="p-2">{g.target || "–"}</td>
              <td className="p-2">{g.result ?? "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
