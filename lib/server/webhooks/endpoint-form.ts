import "server-only";
import {
  webhookEndpointSchema,
  webhookFormErrors,
  type WebhookEndpointInput,
  type WebhookFormError,
} from "@/lib/domain/webhooks";

/** The endpoint form's fields (url, events, active checkbox) as the domain schema's input. */
export function parseEndpointForm(
  form: FormData,
): { ok: true; data: WebhookEndpointInput } | { ok: false; errors: Record<string, WebhookFormError> } {
  const url = form.get("url");
  const parsed = webhookEndpointSchema.safeParse({
    url: typeof url === "string" ? url : "",
    events: form.getAll("events").filter((v) => typeof v === "string"),
    active: form.get("active") === "on",
  });
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, errors: webhookFormErrors(parsed.error) };
}
