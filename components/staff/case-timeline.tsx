import { getFormatter, getTranslations } from "next-intl/server";
import type { CaseDetail } from "@/lib/server/staff/case-detail";

/** Every event of the case, oldest first: who, when, what, from step → to step. Read-only. */
export async function CaseTimeline({ events }: { events: CaseDetail["events"] }) {
  const t = await getTranslations("staff");
  const steps = await getTranslations("steps");
  const format = await getFormatter();
  return (
    <section aria-labelledby="timeline-h">
      <h2 id="timeline-h">{t("case.timeline")}</h2>
      <ol className="mt-2 space-y-2">
        {events.map((e) => {
          const data = e.data as { reason?: string; comment?: string; action?: string };
          const who = e.actor?.name ?? (e.actorType === "APPLICANT" ? t("case.applicant") : t("case.system"));
          return (
            <li key={String(e.id)} className="border-l-4 border-slate-300 pl-3">
              <p className="mt-0">
                <strong>{t(`events.${e.type}` as never)}</strong>
                {data.action && <> ({t(`actions.${data.action}` as never)})</>}
                {e.fromStep && e.toStep && (
                  <>
                    {" "}
                    –{" "}
                    {t("case.fromStep", { from: steps(`${e.fromStep}.name`), to: steps(`${e.toStep}.name`) })}
                  </>
                )}
              </p>
              <p className="mt-0 text-sm text-slate-700">
                {who}, {format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "short" })}
              </p>
              {(data.reason || data.comment) && (
                <p className="mt-1 whitespace-pre-line">{data.reason || data.comment}</p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
