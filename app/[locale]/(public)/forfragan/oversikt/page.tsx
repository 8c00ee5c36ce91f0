import { getTranslations, setRequestLocale } from "next-intl/server";
import { buttonLinkClass } from "@/components/form/buttons";
import { TaskList } from "@/components/intake/task-list";
import { incompleteSections, sectionStatus, type Answers } from "@/lib/domain/intake/schema";
import { isOptionalSection, SECTIONS } from "@/lib/domain/intake/sections";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { requireDraft } from "@/lib/server/intake/draft-page";
import { countDraftAttachments } from "@/lib/server/intake/draft-files";
import { titleMetadata } from "@/lib/server/page-metadata";

export const generateMetadata = titleMetadata("intake.overviewTitle");

export default async function OverviewPage({ params }: PageProps<"/[locale]/forfragan/oversikt">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations("intake");
  const draft = await requireDraft(locale);
  const answers = draft.answers as Answers;
  const files = await countDraftAttachments(draft.id);
  const required = SECTIONS.filter((s) => !isOptionalSection(s));
  const done = required.filter((s) => sectionStatus(s, answers) === "completed").length;
  const ready = incompleteSections(answers).length === 0;
  const items = SECTIONS.map((s) => ({
    href: { pathname: "/forfragan/avsnitt/[section]" as const, params: { section: s.id } },
    title: t(`sections.${s.id}`),
    caption: s.checklistItems.length ? t("checklistItem", { items: s.checklistItems.join(", ") }) : undefined,
    optional: isOptionalSection(s) ? t("optionalSection") : undefined,
    status: sectionStatus(s, answers),
    statusText: t(`status.${sectionStatus(s, answers)}`),
  }));
  return (
    <>
      <h1>{t("overviewTitle")}</h1>
      <p className="text-lg">{t("overviewLead")}</p>
      <p className="font-semibold">{t("overviewProgress", { done, total: required.length })}</p>
      <TaskList
        items={[
          ...items,
          {
            href: { pathname: "/forfragan/bilagor" as const },
            title: t("attachmentsSection"),
            optional: t("optionalSection"),
            status: files > 0 ? "completed" : "notStarted",
            statusText: t("attachmentsStatus", { count: files }),
          },
        ]}
      />
      <div className="mt-10 space-y-4">
        {ready ? (
          <Link href="/forfragan/kontrollera" className={buttonLinkClass}>
            {t("checkLink")}
          </Link>
        ) : (
          <p>{t("notReady")}</p>
        )}
        <p>
          <Link href="/forfragan/spara">{t("saveForLaterTitle")}</Link>
        </p>
      </div>
    </>
  );
}
