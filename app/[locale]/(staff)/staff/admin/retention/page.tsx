import { getTranslations } from "next-intl/server";
import { SecondaryButton } from "@/components/form/buttons";
import { ErrorSummary } from "@/components/form/error-summary";
import { Link } from "@/lib/i18n/navigation";
import { DRY_RUN_LIST, retentionDryRun } from "@/lib/server/retention/run";
import { getRetentionSchedule } from "@/lib/server/retention/schedule";
import { readFlash } from "@/lib/server/staff/flash";
import { OkMessage } from "@/components/form/ok-message";
import { AdminNav } from "@/components/staff/admin/admin-nav";
import { ScheduleForm, scheduleErrors } from "./schedule-form";
import { first, openStaffPage, staffMetadata } from "@/lib/server/staff/page";
import { PostForm } from "@/components/form/post-form";

type Props = PageProps<"/[locale]/staff/admin/retention">;

export const generateMetadata = staffMetadata("retention.schedule.title", {
  errorPrefix: "staff.admin.errorTitlePrefix",
});

// The retention schedule, what the next run would touch (the dry run), and "run now".
export default async function RetentionPage({ params, searchParams }: Props) {
  const { locale } = await openStaffPage(params, "administer", "/staff/admin/retention");
  const t = await getTranslations("retention");
  const sp = await searchParams;
  const flash = await readFlash(first(sp.fel) === "retention" ? "retention" : undefined);
  const [saved, dry] = await Promise.all([getRetentionSchedule(), retentionDryRun()]);
  const ran = first(sp.ok) === "ran" ? Number(first(sp.n) ?? 0) || 0 : null;

  return (
    <>
      <ErrorSummary title={t("schedule.errorSummaryTitle")} errors={await scheduleErrors(flash)} />
      <OkMessage text={first(sp.ok) === "saved" ? t("schedule.ok") : undefined} />
      <OkMessage text={ran !== null ? t("dryRun.ran", { count: ran }) : undefined} />
      <AdminNav current="retention" />
      <h1>{t("schedule.title")}</h1>
      <p className="text-lg">{t("schedule.lead")}</p>
      <ul>
        <li>
          <Link href="/staff/legal-hold">{t("schedule.legalHoldLink")}</Link>
        </li>
        <li>
          <Link href="/staff/admin/read-log">{t("schedule.readLogLink")}</Link>
        </li>
      </ul>
      <section aria-labelledby="dry-run-heading" className="mt-8">
        <h2 id="dry-run-heading">{t("dryRun.title")}</h2>
        <p>{t("dryRun.lead")}</p>
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="dry-run-caption">
          <table className="w-full border-collapse text-left">
            <caption id="dry-run-caption" className="sr-only">
              {t("dryRun.caption")}
            </caption>
            <thead>
              <tr>
                {[t("dryRun.rule"), t("dryRun.action"), t("dryRun.count"), t("dryRun.which")].map((h) => (
                  <th key={h} scope="col" className="border-b-2 border-slate-700 p-2">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {dry.map((r) => (
                <tr key={r.rule} className="border-b border-slate-300 align-top" data-rule={r.rule}>
                  <th scope="row" className="p-2 font-semibold">
                    {t(`rules.${r.rule}`)}
                  </th>
                  <td className="p-2">{t(`actions.${r.action as "keep"}`)}</td>
                  <td className="p-2">{r.action === "keep" ? "–" : r.count}</td>
                  <td className="p-2">
                    {r.action === "keep"
                      ? t("dryRun.kept")
                      : r.count === 0
                        ? t("dryRun.none")
                        : r.items.length === 0
                          ? t("dryRun.rowsOnly")
                          : `${r.items.map((i) => i.label).join(", ")}${
                              r.count > DRY_RUN_LIST
                                ? ` ${t("dryRun.more", { count: r.count - DRY_RUN_LIST })}`
                                : ""
                            }`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <PostForm action="/api/staff/admin/retention/run" locale={locale} className="mt-4">
          <SecondaryButton type="submit">{t("dryRun.runNow")}</SecondaryButton>
        </PostForm>
      </section>
      <ScheduleForm locale={locale} saved={saved} flash={flash} />
    </>
  );
}
