import { useFormatter, useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table";
import { RetryButton } from "@/components/staff/admin/retry-button";
import { eventTypeKey, isWebhookEventType } from "@/lib/domain/webhooks";
import type { WebhookDeliveryView } from "@/lib/server/webhooks/admin-view";

// Recent deliveries, failed first, each failed one with a button that queues it again.

export function DeliveriesTable({ rows, locale }: { rows: WebhookDeliveryView[]; locale: string }) {
  const t = useTranslations("adminWebhooks");
  const format = useFormatter();
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "short", timeStyle: "short" }) : "–");
  const eventName = (type: string) =>
    isWebhookEventType(type) ? t(`eventTypes.${eventTypeKey(type)}`) : type;
  if (rows.length === 0) return <p>{t("deliveries.empty")}</p>;
  return (
    <div className="mt-6" data-webhook-deliveries>
      <DataTable
        regionLabelledBy="leveranser"
        caption={t("deliveries.caption")}
        rows={rows}
        rowKey={(r) => r.id}
        columns={[
          { head: t("deliveries.event"), rowHeader: true, cell: (r) => eventName(r.eventType) },
          { head: t("deliveries.eventId"), className: "font-mono text-sm", cell: (r) => r.eventId },
          { head: t("deliveries.endpoint"), className: "break-all", cell: (r) => r.endpointUrl },
          { head: t("deliveries.status"), cell: (r) => t(`deliveries.statuses.${r.status}`) },
          { head: t("deliveries.attempts"), cell: (r) => r.attempts },
          { head: t("deliveries.lastError"), className: "break-words", cell: (r) => r.lastError ?? "–" },
          { head: t("deliveries.created"), cell: (r) => when(r.createdAt) },
          { head: t("deliveries.next"), cell: (r) => when(r.nextAttemptAt) },
          {
            head: t("deliveries.actions"),
            cell: (r) =>
              r.status === "FAILED" && (
                <RetryButton
                  action={`/api/staff/admin/webhooks/deliveries/${r.id}/retry`}
                  locale={locale}
                  label={t("deliveries.retryLabel", { event: eventName(r.eventType), url: r.endpointUrl })}
                  text={t("deliveries.retry")}
                />
              ),
          },
        ]}
      />
    </div>
  );
}
