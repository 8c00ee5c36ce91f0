import { useFormatter, useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table";
import { attemptColumns } from "@/components/staff/admin/attempt-columns";
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
        columns={[
          { head: t("deliveries.event"), rowHeader: true, cell: (r) => eventName(r.eventType) },
          { head: t("deliveries.eventId"), className: "font-mono text-sm", cell: (r) => r.eventId },
          { head: t("deliveries.endpoint"), className: "break-all", cell: (r) => r.endpointUrl },
          ...attemptColumns<WebhookDeliveryView>({
            head: {
              status: t("deliveries.status"),
              attempts: t("deliveries.attempts"),
              lastError: t("deliveries.lastError"),
              created: t("deliveries.created"),
              next: t("deliveries.next"),
              actions: t("deliveries.actions"),
            },
            status: (r) => t(`deliveries.statuses.${r.status}`),
            when,
            retryAction: (r) => `/api/staff/admin/webhooks/deliveries/${r.id}/retry`,
            retryLabel: (r) =>
              t("deliveries.retryLabel", { event: eventName(r.eventType), url: r.endpointUrl }),
            retryText: t("deliveries.retry"),
            locale,
          }),
        ]}
      />
    </div>
  );
}
