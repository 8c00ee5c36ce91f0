import { summaryLabel } from "@/lib/domain/intake/field-label";
import { getTranslations } from "next-intl/server";
import type { Answers } from "@/lib/domain/intake/schema";
import { SECTIONS } from "@/lib/domain/intake/sections";
import { Link } from "@/lib/i18n/navigation";

/** Every answer, section by section, as description lists; with "change" links while editable. */
export async function AnswersList({ answers, editable = false }: { answers: Answers; editable?: boolean }) {
  const t = await getTranslations("intake");
  const home = await getTranslations("home");
  const show = (value: string | string[] | undefined, type: string): string => {
    if (Array.isArray(value)) return value.map((v) => home(`themes.${v}` as never)).join(", ");
    if (!value?.trim()) return t("check.notAnswered");
    return type === "select" ? t(`organisationForms.${value}` as never) : value;
  };
  return (
    <>
      {SECTIONS.map((section) => (
        <section
          key={section.id}
          id={`answers-${section.id}`}
          tabIndex={-1}
          aria-labelledby={`answers-${section.id}-title`}
        >
          <div className="mt-10 flex flex-wrap items-baseline justify-between gap-2 border-b-2 border-slate-300 pb-1">
            <h2 id={`answers-${section.id}-title`} className="mt-0">
              {t(`sections.${section.id}`)}
            </h2>
            {editable && (
              <Link
                href={{ pathname: "/forfragan/avsnitt/[section]", params: { section: section.id } }}
                aria-label={t("check.changeNamed", { name: t(`sections.${section.id}`) })}
              >
                {t("check.change")}
              </Link>
            )}
          </div>
          <dl className="mt-2">
            {section.fields.map((field) => (
              <div key={field.name} className="grid gap-1 py-2 sm:grid-cols-3">
                <dt className="font-semibold">
                  {summaryLabel(t(`fields.${section.id}.${field.name}.label` as never))}
                </dt>
                <dd className="whitespace-pre-line sm:col-span-2">
                  {show(answers[section.id]?.[field.name], field.type)}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}
