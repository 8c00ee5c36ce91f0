import { DataTable } from "@/components/data-table";
import { SecondaryButton } from "@/components/form/buttons";
import { ErrorSummary } from "@/components/form/error-summary";
import { Link } from "@/lib/i18n/navigation";
import { DRY_RUN_LIST, retentionDryRun } from "@/lib/server/retention/run";
import { getRetentionSchedule } from "@/lib/server/retention/schedule";
import { readFlash } from "@/lib/server/staff/flash";
import { OkMessage } from "@/components/form/ok-message";
import { AdminNav } from "@/components/staff/admin/admin-nav";
import { ScheduleForm, scheduleErrors } from "./schedule-form";
import { ADMIN_FORM_TITLE, first, openStaffPage, staffMetadata } from "@/lib/server/staff/page";
import { PostForm } from "@/components/form/post-form";

type Props = PageProps<"/[locale]/staff/admin/retention">;

export const generateMetadata = staffMetadata("retention.schedule.title", ADMIN_FORM_TITLE);

// The retention schedule, what the next run would touch (the dry run), and "run now".
export default async function RetentionPage({ params, searchParams }: Props) {
  const { t } = await openStaffPage(params, "administer", "/staff/admin/retention", "retention");
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
        <DataTable
          caption={t("dryRun.caption")}
          captionId="dry-run-caption"
          regionLabelledBy="dry-run-caption"
          rows={dry}
          rowKey={(r) => r.rule}
          rowProps={(r) => ({ "data-rule": r.rule })}
          columns={[
            { head: t("dryRun.rule"), rowHeader: "strong", cell: (r) => t(`rules.${r.rule}`) },
            { head: t("dryRun.action"), cell: (r) => t(`actions.${r.action as "keep"}`) },
            { head: t("dryRun.count"), cell: (r) => (r.action === "keep" ? "–" : r.count) },
            {
              head: t("dryRun.which"),
              cell: (r) =>
                r.action === "keep"
                  ? t("dryRun.kept")
                  : r.count === 0
                    ? t("dryRun.none")
                    : r.items.length === 0
                      ? t("dryRun.rowsOnly")
                      : `${r.items.map((i) => i.label).join(", ")}${
                          r.count > DRY_RUN_LIST
                            ? ` ${t("dryRun.more", { count: r.count - DRY_RUN_LIST })}`
                            : ""
                        }`,
            },
          ]}
        />
        <PostForm action="/api/staff/admin/retention/run" className="mt-4">
          <SecondaryButton type="submit">{t("dryRun.runNow")}</SecondaryButton>
        </PostForm>
      </section>
      <ScheduleForm saved={saved} flash={flash} />
    </>
  );
}
