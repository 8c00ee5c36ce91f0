import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import { ItemList } from "@/components/item-list";
import type { partnershipFollowUps } from "@/lib/server/partnerships/follow-ups";

// The two lists of the follow-ups page: what is due (scheduled, not yet held) and what was held.

export type FollowUpsData = NonNullable<Awaited<ReturnType<typeof partnershipFollowUps>>>;

/** A calendar date (YYYY-MM-DD) written out in the page's language. */
export const dayText = (locale: string) => (iso: string) =>
  new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", {
    dateStyle: "long",
    timeZone: "UTC",
  }).format(new Date(`${iso}T00:00:00Z`));

/** A goal is named by its indicator, or its text when it has none. */
export const goalNamer = (goals: FollowUpsData["goals"]) => (id: string) => {
  const g = goals.find((x) => x.id === id);
  return g ? g.indicator || g.text : "–";
};

export async function FollowUpsDue({ due, locale }: { due: FollowUpsData["due"]; locale: string }) {
  const t = await getTranslations("followUps");
  const date = dayText(locale);
  return (
    <section aria-labelledby="kommande" className="mt-8">
      <h2 id="kommande">{t("due.heading")}</h2>
      <DataTable
        dense
        className="mt-3"
        tableClassName="max-w-3xl"
        caption={t("due.caption")}
        empty={t("due.none")}
        rows={due}
        rowProps={(f) => ({ className: f.overdue ? "bg-red-50" : undefined })}
        columns={[
          { head: t("due.date"), rowHeader: true, cell: (f) => date(f.dueDate) },
          { head: t("due.kind"), cell: (f) => t(`kinds.${f.kind}`) },
          {
            head: t("due.state"),
            cell: (f) => (
              <>
                {f.overdue ? <strong className="text-red-800">{t("due.overdue")}</strong> : t("due.upcoming")}
                {f.reminderSentAt && <span className="text-slate-700">{` · ${t("due.reminded")}`}</span>}
              </>
            ),
          },
        ]}
      />
    </section>
  );
}

export async function FollowUpsDone({
  done,
  goals,
  locale,
}: {
  done: FollowUpsData["done"];
  goals: FollowUpsData["goals"];
  locale: string;
}) {
  const t = await getTranslations("followUps");
  const date = dayText(locale);
  const goalName = goalNamer(goals);
  const number = (n: number) => new Intl.NumberFormat(locale === "sv" ? "sv-SE" : "en-GB").format(n);
  return (
    <section aria-labelledby="genomforda" className="mt-10">
      <h2 id="genomforda" tabIndex={-1}>
        {t("done.heading")}
      </h2>
      <ItemList items={done} empty={t("done.none")} look="marked" accent="border-green-800">
        {(f) => (
          <>
            <h3 className="mt-0 text-lg">
              {t("done.heldOn", { date: date(f.heldOn!) })} · {t(`kinds.${f.kind}`)}
              {f.kind !== "EXTRA" && f.dueDate !== f.heldOn && (
                <span className="font-normal"> ({t("done.scheduledFor", { date: date(f.dueDate) })})</span>
              )}
            </h3>
            <dl className="mt-2">
              <dt className="font-semibold">{t("done.participants")}</dt>
              <dd className="m-0 whitespace-pre-line">{f.participants}</dd>
              {f.notes && (
                <>
                  <dt className="mt-2 font-semibold">{t("done.notes")}</dt>
                  <dd className="m-0 whitespace-pre-line">{f.notes}</dd>
                </>
              )}
              {f.indicators.length > 0 && (
                <>
                  <dt className="mt-2 font-semibold">{t("done.indicators")}</dt>
                  <dd className="m-0">
                    <ul className="mt-1">
                      {f.indicators.map((i) => (
                        <li key={i.goalId}>
                          {goalName(i.goalId)}: <strong>{number(i.value)}</strong>
                          {i.comment ? ` (${i.comment})` : ""}
                        </li>
                      ))}
                    </ul>
                  </dd>
                </>
              )}
            </dl>
          </>
        )}
      </ItemList>
    </section>
  );
}
