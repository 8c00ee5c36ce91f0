import { getTranslations } from "next-intl/server";
import { STEPS } from "@/lib/domain/steps";
import { THEMES } from "@/lib/domain/themes";
import type { InboxFilter } from "@/lib/server/staff/inbox";
import { SecondaryButton } from "../form/buttons";
import { CheckboxField } from "../form/field-kit";
import { filterFields, inGrid } from "../form/filter-kit";

/**
 * The inbox's filters: a plain form that posts to /api/staff/cases/search, which keeps the free text
 * out of the address and redirects to the filtered inbox (works without JavaScript).
 */
export async function InboxFilters({
  filter,
  lotsUsers,
  action,
  locale,
}: {
  filter: InboxFilter;
  lotsUsers: { id: string; name: string }[];
  action: string;
  locale: string;
}) {
  const t = await getTranslations("staff.inbox");
  const steps = await getTranslations("steps");
  const home = await getTranslations("home");
  const { choice: select, text } = filterFields(filter, { layout: inGrid, idPrefix: "f-" });
  return (
    <form method="post" action={action} className="mt-6 rounded border border-slate-300 bg-slate-50 p-4">
      <input type="hidden" name="locale" value={locale} />
      <h2 className="mt-0 text-lg">{t("filters")}</h2>
      <div className="mt-2 grid gap-4 sm:grid-cols-3">
        {select("status", t("status"), [
          ["OPEN", t("statusOPEN")],
          ["ENDED", t("statusENDED")],
        ])}
        {select("step", t("step"), [
          ["", t("all")],
          ...STEPS.map((s) => [s, steps(`${s}.name`)] as [string, string]),
        ])}
        {select("kind", t("kind"), [
          ["", t("all")],
          ["COLLABORATION", t("kindCOLLABORATION")],
          ["QUESTION", t("kindQUESTION")],
        ])}
        {select("theme", t("theme"), [
          ["", t("all")],
          ...THEMES.map((th) => [th, home(`themes.${th}`)] as [string, string]),
        ])}
        {select("assigned", t("assigned"), [
          ["", t("all")],
          ["me", t("assignedMe")],
          ["none", t("assignedNone")],
          ...lotsUsers.map((u) => [u.id, u.name] as [string, string]),
        ])}
        {select(
          "sort",
          t("sort"),
          (["newest", "oldest", "number", "step"] as const).map(
            (s) => [s, t(`sort${s}`)] as [string, string],
          ),
        )}
        {text("minAge", t("minAge"), { type: "number", inputMode: "numeric", min: 1, max: 3650 })}
        <div className="sm:col-span-2">{text("q", t("q"), { type: "search", maxLength: 200 })}</div>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <CheckboxField
          id="f-overdue"
          name="overdue"
          value="1"
          label={t("overdue")}
          checked={!!filter.overdue}
          spacing=""
        />
        <SecondaryButton type="submit">{t("apply")}</SecondaryButton>
      </div>
    </form>
  );
}
