import { getFormatter, getTranslations } from "next-intl/server";
import { DescriptionList } from "@/components/description-list";
import { PrimaryButton, SecondaryButton } from "@/components/form/buttons";
import { ErrorSummary, type SummaryError } from "@/components/form/error-summary";
import { eventTypeKey, WEBHOOK_EVENT_TYPES } from "@/lib/domain/webhooks";
import { readFlash } from "@/lib/server/staff/flash";
import { listWebhookDeliveries, listWebhookEndpoints } from "@/lib/server/webhooks/admin-view";
import { MAX_ATTEMPTS } from "@/lib/server/webhooks/deliver";
import { readNewSecret } from "@/lib/server/webhooks/new-secret-cookie";
import { OkMessage } from "@/components/form/ok-message";
import { AdminNav } from "@/components/staff/admin/admin-nav";
import { DeliveriesTable } from "./deliveries-table";
import { EndpointForm, fieldId } from "./endpoint-form";
import { first, openStaffPage, staffMetadata } from "@/lib/server/staff/page";

type Props = PageProps<"/[locale]/staff/admin/webhooks">;

const OK = ["created", "updated", "rotated", "retried"] as const;

export const generateMetadata = staffMetadata("adminWebhooks.title");

export default async function WebhooksPage({ params, searchParams }: Props) {
  const { user, locale } = await openStaffPage(params, "administer", "/staff/admin/webhooks");
  const t = await getTranslations("adminWebhooks");
  const format = await getFormatter();
  const sp = await searchParams;
  const fel = first(sp.fel);
  const ok = OK.find((k) => k === first(sp.ok));
  const flash = await readFlash(fel);
  const endpoints = await listWebhookEndpoints();
  const deliveries = await listWebhookDeliveries();
  const fresh = await readNewSecret(user.id);
  const freshUrl = fresh ? endpoints.find((e) => e.id === fresh.endpointId)?.url : undefined;

  // Which form failed ("new" or "endpoint-<id>"), and where its errors point.
  const prefixOf = (form: string) => (form === "new" ? "new" : `ep-${form.slice("endpoint-".length)}`);
  const summary: SummaryError[] = [];
  if (fel === "notFound") summary.push({ fieldId: "webbhookar", message: t("notFound") });
  if (flash)
    for (const [field, code] of Object.entries(flash.errors))
      summary.push({
        fieldId: fieldId(prefixOf(flash.form), field),
        message: t(`errors.${code}` as "errors.urlRequired"),
      });
  const formState = (form: string, saved: { url: string; events: readonly string[]; active: boolean }) =>
    flash?.form === form
      ? {
          values: {
            url: flash.values.url?.[0] ?? "",
            events: flash.values.events ?? [],
            active: flash.values.active?.[0] === "on",
          },
          errors: flash.errors,
        }
      : { values: saved, errors: {} };
  const newForm = formState("new", { url: "", events: WEBHOOK_EVENT_TYPES, active: true });

  return (
    <>
      <ErrorSummary title={t("errorSummaryTitle")} errors={summary} />
      <OkMessage text={ok ? t(`ok.${ok}`) : undefined} />
      <AdminNav current="webhooks" />
      <h1 id="webbhookar" tabIndex={-1}>
        {t("title")}
      </h1>
      <p className="text-lg">{t("lead")}</p>

      {fresh && freshUrl ? (
        <section aria-labelledby="ny-hemlighet" className="my-8 border-l-4 border-green-800 bg-green-50 p-4">
          <h2 id="ny-hemlighet" tabIndex={-1} className="mt-0">
            {t("secret.title", { url: freshUrl })}
          </h2>
          <p>{t("secret.lead")}</p>
          <p>
            <span className="font-semibold">{t("secret.label")}: </span>
            <code data-webhook-secret className="break-all">
              {fresh.secret}
            </code>
          </p>
          <form method="post" action="/api/staff/admin/webhooks/secret-saved" className="mt-4">
            <input type="hidden" name="locale" value={locale} />
            <PrimaryButton type="submit">{t("secret.done")}</PrimaryButton>
          </form>
        </section>
      ) : null}

      <h2>{t("endpoints.title")}</h2>
      {endpoints.length === 0 ? <p>{t("endpoints.empty")}</p> : null}
      {endpoints.map((endpoint) => {
        const form = `endpoint-${endpoint.id}`;
        const state = formState(form, endpoint);
        return (
          <section
            key={endpoint.id}
            aria-labelledby={`ep-${endpoint.id}-title`}
            className="mt-6 border-t border-slate-300 pt-4"
          >
            <h3 id={`ep-${endpoint.id}-title`} className="break-all">
              {endpoint.url}
            </h3>
            <DescriptionList
              sideBySide
              items={[
                {
                  term: t("endpoints.events"),
                  value: endpoint.events.map((e) => t(`eventTypes.${eventTypeKey(e)}`)).join(", "),
                },
                {
                  term: t("endpoints.active"),
                  value: endpoint.active ? t("endpoints.activeYes") : t("endpoints.activeNo"),
                },
                {
                  term: t("endpoints.created"),
                  value: format.dateTime(endpoint.createdAt, { dateStyle: "short", timeStyle: "short" }),
                },
              ]}
            />
            <details className="mt-4" open={flash?.form === form ? true : undefined}>
              <summary className="cursor-pointer font-semibold">
                {t("endpoints.editTitle", { url: endpoint.url })}
              </summary>
              <EndpointForm
                prefix={`ep-${endpoint.id}`}
                action={`/api/staff/admin/webhooks/${endpoint.id}`}
                locale={locale}
                values={state.values}
                errors={state.errors}
                submit={t("endpoints.save")}
              />
            </details>
            <form method="post" action={`/api/staff/admin/webhooks/${endpoint.id}/rotate`} className="mt-4">
              <input type="hidden" name="locale" value={locale} />
              <p id={`ep-${endpoint.id}-rotate-hint`}>{t("endpoints.rotateHint")}</p>
              <SecondaryButton
                type="submit"
                aria-label={t("endpoints.rotateLabel", { url: endpoint.url })}
                aria-describedby={`ep-${endpoint.id}-rotate-hint`}
              >
                {t("endpoints.rotate")}
              </SecondaryButton>
            </form>
          </section>
        );
      })}

      <h2 id="ny-mottagare">{t("form.newTitle")}</h2>
      <EndpointForm
        prefix="new"
        action="/api/staff/admin/webhooks"
        locale={locale}
        values={newForm.values}
        errors={newForm.errors}
        submit={t("form.add")}
      />

      <h2 id="leveranser">{t("deliveries.title")}</h2>
      <p>{t("deliveries.lead", { max: MAX_ATTEMPTS })}</p>
      <DeliveriesTable rows={deliveries} locale={locale} />
    </>
  );
}
