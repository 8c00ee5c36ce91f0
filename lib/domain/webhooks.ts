import { z } from "zod";
import type { StepName } from "./steps";

// Outbound events for a diarium (records management system). Bodies carry ids, registration
// numbers, steps and dates only, never personal data: the receiver fetches more through its own
// routines. The published JSON Schema is docs/schemas/webhook-events.schema.json; keep both in step.

export const WEBHOOK_EVENT_TYPES = [
  "case.registered",
  "document.registered",
  "step.changed",
  "decision",
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

type Step = StepName;

export interface WebhookEventData {
  "case.registered": {
    caseId: string;
    registrationNumber: string;
    kind: "COLLABORATION" | "QUESTION";
    step: Step;
    registeredAt: string;
  };
  "document.registered": {
    caseId: string;
    registrationNumber: string;
    /** The case's number and the document's own: "KS 2026/0042-3". */
    documentNumber: string;
    direction: "IN" | "OUT" | "INTERNAL";
    kind: string;
    registeredAt: string;
  };
  "step.changed": {
    caseId: string;
    registrationNumber: string;
    from: Step;
    to: Step;
    changedAt: string;
  };
  decision: {
    caseId: string;
    registrationNumber: string;
    outcome: "GRANTED" | "DECLINED" | "WITHDRAWN" | "CLOSED";
    collaborationForm: string | null;
    decidedAt: string;
  };
}

export interface WebhookEnvelope<T extends WebhookEventType = WebhookEventType> {
  id: string;
  type: T;
  occurredAt: string;
  data: WebhookEventData[T];
}

export const isWebhookEventType = (value: unknown): value is WebhookEventType =>
  (WEBHOOK_EVENT_TYPES as readonly unknown[]).includes(value);

/** The message key of an event type ("case.registered" → "caseRegistered": keys cannot hold dots). */
export const eventTypeKey = (type: WebhookEventType) =>
  type.replace(/\.(\w)/, (_, c: string) => c.toUpperCase()) as
    "caseRegistered" | "documentRegistered" | "stepChanged" | "decision";

/** The exact body sent (and signed): the envelope as compact JSON. */
export function webhookBody<T extends WebhookEventType>(envelope: WebhookEnvelope<T>): string {
  return JSON.stringify({
    id: envelope.id,
    type: envelope.type,
    occurredAt: envelope.occurredAt,
    data: envelope.data,
  });
}

/** Error codes of the endpoint form, each a message key under adminWebhooks.errors. */
export type WebhookFormError = "urlRequired" | "urlInvalid" | "urlScheme" | "urlTooLong" | "eventsRequired";

const urlField = z
  .string()
  .trim()
  .min(1, { error: "urlRequired" })
  .max(2000, { error: "urlTooLong" })
  .superRefine((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: "custom", message: "urlInvalid" });
      return;
    }
    // Credentials in the address would end up on the administrators' page and in the audit trail.
    if (url.protocol !== "https:" && url.protocol !== "http:")
      ctx.addIssue({ code: "custom", message: "urlScheme" });
    else if (!url.hostname || url.username || url.password)
      ctx.addIssue({ code: "custom", message: "urlInvalid" });
  });

const eventsField = z
  .array(z.string(), { error: "eventsRequired" })
  .transform((list) => WEBHOOK_EVENT_TYPES.filter((t) => list.includes(t)))
  .refine((list) => list.length > 0, { error: "eventsRequired" });

export const webhookEndpointSchema = z.object({
  url: urlField,
  events: eventsField,
  active: z.boolean(),
});
export type WebhookEndpointInput = z.infer<typeof webhookEndpointSchema>;

export function webhookFormErrors(error: z.ZodError): Record<string, WebhookFormError> {
  const out: Record<string, WebhookFormError> = {};
  for (const issue of error.issues) out[String(issue.path[0] ?? "url")] ??= issue.message as WebhookFormError;
  return out;
}
