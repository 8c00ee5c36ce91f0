import { useFormatter, useTranslations } from "next-intl";
import { SecondaryButton } from "@/components/form/buttons";
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
  const columns = [
    "event",
    "eventId",
    "endpoint",
    "status",
    "attempts",
    "lastError",
    "created",
    "next",
    "actions",
  ] as const;
  return (
    <div className="mt-6 overflow-x-auto" tabIndex={0} role="region" aria-labelledby="leveranser">
      <table className="w-full border-collapse text-left" data-webhook-deliveries>
        <caption className="sr-only">{t("deliveries.caption")}</caption>
        <thead>
          <tr className="border-b-2 border-slate-700">
            {columns.map((col) => (
              <th key={col} scope="col" className="p-2">
                {t(`deliveries.${col}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-300 align-top">
              <th scope="row" className="p-2 font-normal">
                {eventName(row.eventType)}
              </th>
              <td className="p-2 font-mono text-sm">{row.eventId}</td>
              <td className="p-2 break-all">{row.endpointUrl}</td>
              <td className="p-2">{t(`deliveries.statuses.${row.status}`)}</td>
              <td className="p-2">{row.attempts}</td>
              <td className="p-2 break-words">{row.lastError ?? "–"}</td>
              <td className="p-2">{when(row.createdAt)}</td>
              <td className="p-2">{when(row.nextAttemptAt)}</td>
              <td className="p-2">
                {row.status === "FAILED" ? (
                  <form method="post" action={`/api/staff/admin/webhooks/deliveries/${row.id}/retry`}>
                    <input type="hidden" name="locale" value={locale} />
                    <SecondaryButton
                      type="submit"
                      aria-label={t("deliveries.retryLabel", {
                        event: eventName(row.eventType),
                        url: row.endpointUrl,
                      })}
                    >
                      {t("deliveries.retry")}
                    </SecondaryButton>
                  </form>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
