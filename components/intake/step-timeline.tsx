import { getFormatter, getTranslations } from "next-intl/server";
import { isOptionalStep } from "@/lib/domain/steps";
import type { StepView } from "@/lib/server/intake/status";

const MARK = {
  done: "bg-green-800 text-white",
  current: "bg-brand-700 text-white ring-4 ring-brand-50",
  skipped: "bg-slate-300 text-slate-900",
  notYet: "border-2 border-slate-500 bg-white text-slate-900",
} as const;

/** The six steps as an ordered list; the current one is marked for screen readers too. */
export async function StepTimeline({ steps }: { steps: StepView[] }) {
  const t = await getTranslations("status");
  const names = await getTranslations("steps");
  const format = await getFormatter();
  const stateText = (s: StepView) => {
    if (s.state === "done")
      return s.date
        ? t("done", { date: format.dateTime(s.date, { dateStyle: "long" }) })
        : t("done", { date: "" }).trim();
    if (s.state === "current") return t("current");
    if (s.state === "skipped") return t("skipped");
    return isOptionalStep(s.step) ? t("whenNeeded") : t("notYet");
  };
  return (
    <ol className="mt-4 space-y-0">
      {steps.map((s, i) => (
        <li
          key={s.step}
          aria-current={s.state === "current" ? "step" : undefined}
          className={`flex gap-4 border-l-4 py-3 pl-4 ${s.state === "current" ? "border-brand-700 bg-brand-50" : "border-slate-300"}`}
        >
          <span
            aria-hidden="true"
            className={`flex h-9 w-9 shrink-0 items-center justify-center rounded-full font-bold ${MARK[s.state]}`}
          >
            {i + 1}
          </span>
          <div>
            <p className="mt-1 font-semibold">
              <span className="sr-only">{i + 1}. </span>
              {names(`${s.step}.name`)} <span className="font-normal">– {stateText(s)}</span>
            </p>
            <p className="mt-1 text-slate-700">{names(`${s.step}.plain`)}</p>
          </div>
        </li>
      ))}
    </ol>
  );
}
