import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import { ErrorSummary } from "@/components/form/error-summary";
import { listOutboxProblems } from "@/lib/server/mail/outbox-admin";
import { OkMessage } from "@/components/form/ok-message";
import { AdminNav } from "@/components/staff/admin/admin-nav";
import { first, openStaffPage, staffMetadata } from "@/lib/server/staff/page";
import { attemptColumns } from "@/components/staff/admin/attempt-columns";

type Props = PageProps<"/[locale]/staff/admin/outbox">;

export const generateMetadata = staffMetadata("adminMail.outbox.title");

export default async function OutboxPage({ params, searchParams }: Props) {
  const { locale, t } = await openStaffPage(params, "administer", "/staff/admin/outbox", "adminMail");
  const format = await getFormatter();
  const kindText = await getTranslations("email.kinds");
  const sp = await searchParams;
  const rows = await listOutboxProblems();
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "short", timeStyle: "short" }) : "–");
  const kindName = (kind: (typeof rows)[number]["kind"]) =>
    kind ? kindText(`${kind}.name`) : t("outbox.otherKind");

  return (
    <>
      <ErrorSummary
        title={t("outbox.errorSummaryTitle")}
        errors={first(sp.fel) === "notFound" ? [{ fieldId: "utkorg", message: t("outbox.notFound") }] : []}
      />
      <OkMessage text={first(sp.ok) === "retried" ? t("outbox.ok") : undefined} />
      <AdminNav current="outbox" />
      <h1 id="utkorg" tabIndex={-1}>
        {t("outbox.title")}
      </h1>
      <p className="text-lg">{t("outbox.lead")}</p>
      <div className="mt-6">
        <DataTable
          caption={t("outbox.caption")}
          empty={t("outbox.empty")}
          rows={rows}
          columns={[
            { head: t("outbox.kind"), rowHeader: true, cell: (r) => kindName(r.kind) },
            { head: t("outbox.case"), cell: (r) => r.caseNumber ?? t("outbox.noCase") },
            { head: t("outbox.recipient"), className: "font-mono", cell: (r) => r.recipient },
            ...attemptColumns<(typeof rows)[number]>({
              head: {
                status: t("outbox.status"),
                attempts: t("outbox.attempts"),
                lastError: t("outbox.lastError"),
                created: t("outbox.created"),
                next: t("outbox.nextAttempt"),
                actions: t("outbox.actions"),
              },
              status: (r) => t(`outbox.statuses.${r.status}`),
              when,
              retryAction: (r) => `/api/staff/admin/outbox/${r.id}/retry`,
              retryLabel: (r) => t("outbox.retryLabel", { kind: kindName(r.kind), recipient: r.recipient }),
              retryText: t("outbox.retry"),
              locale,
            }),
          ]}
        />
      </div>
    </>
  );
}
