import { getTranslations } from "next-intl/server";
import { isOptionalStep, STEPS } from "@/lib/domain/steps";

/** The six steps in plain words, as an ordered list. */
export async function StepList({ optionalLabel }: { optionalLabel: string }) {
  const t = await getTranslations("steps");
  return (
    <ol className="mt-4 space-y-4">
      {STEPS.map((step, i) => (
        <li key={step} className="flex gap-4">
          <span
            aria-hidden="true"
            className="flex h-9 w-9 shrink-0 items-center justify-center rounded-full bg-brand-700 font-bold text-white"
          >
            {i + 1}
          </span>
          <div>
            <p className="mt-1 font-semibold">
              <span className="sr-only">{i + 1}. </span>
              {t(`${step}.name`)}
              {isOptionalStep(step) && <span className="font-normal text-slate-700"> ({optionalLabel})</span>}
            </p>
            <p className="mt-1">{t(`${step}.plain`)}</p>
          </div>
        </li>
      ))}
    </ol>
  );
}
