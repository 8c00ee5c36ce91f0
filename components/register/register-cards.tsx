"use client";

import { DataTable } from "@/components/data-table";
import { DescriptionList } from "@/components/description-list";
import { Link } from "@/lib/i18n/navigation";

// The register's list of partnerships. A client component for one reason: what the browser is sent
// for it. Next.js embeds a server component's output in the page as markup, about 1.5 kB a card,
// beside the same card's HTML; a client component's page data is its props, the card's texts (about
// 300 bytes). The HTML is rendered on the server all the same, so the list works without JavaScript.

export interface CardGoal {
  text: string;
  indicator: string;
  target: string;
  result?: string;
}

export interface RegisterCard {
  id: string;
  title: string;
  facts: { term: string; value: string }[];
  /** The goals with their results, when the partnership publishes any. */
  results?: { caption: string; goals: CardGoal[] };
}

export type GoalHeads = { goal: string; indicator: string; target: string; result: string };

/** Goals with their indicator, target and (when published) result. */
export function GoalsTableView({
  goals,
  caption,
  heads,
}: {
  goals: CardGoal[];
  caption: string;
  heads: GoalHeads;
}) {
  return (
    <DataTable
      className="mt-2"
      caption={caption}
      showCaption
      rows={goals}
      columns={[
        { head: heads.goal, cell: (g) => g.text },
        { head: heads.indicator, cell: (g) => g.indicator || "–" },
        { head: heads.target, cell: (g) => g.target || "–" },
        { head: heads.result, cell: (g) => g.result ?? "–" },
      ]}
    />
  );
}

export function RegisterCards({ cards, goalHeads }: { cards: RegisterCard[]; goalHeads: GoalHeads }) {
  return (
    <ul className="mt-4 space-y-6" aria-labelledby="register-count">
      {cards.map((card) => (
        <li key={card.id} className="rounded border border-slate-300 p-4">
          <article aria-labelledby={`p-${card.id}`}>
            <h2 id={`p-${card.id}`} className="mt-0 text-xl">
              <Link href={{ pathname: "/samarbeten/[id]", params: { id: card.id } }}>{card.title}</Link>
            </h2>
            <DescriptionList className="mt-2" items={card.facts} />
            {card.results && (
              <GoalsTableView goals={card.results.goals} caption={card.results.caption} heads={goalHeads} />
            )}
          </article>
        </li>
      ))}
    </ul>
  );
}
