import "server-only";
import { createTranslator } from "next-intl";
import { sv } from "@/lib/i18n/messages";
import type { TemplateMail } from "./outbox";

// The follow-up reminder to lotsen: email kind followUpReminder, whose text administrators may edit.
// In Swedish, like the other staff mails (staff accounts have no language of their own).

export interface ReminderInput {
  title: string;
  /** YYYY-MM-DD */
  dueDate: string;
  kind: "TALK" | "REPORT" | "EXTRA";
  url: string;
  municipality: string;
}

export function followUpReminderEmail(input: ReminderInput): { template: TemplateMail } {
  const t = createTranslator({ locale: "sv", messages: sv, namespace: "followUps.reminder" });
  const date = new Intl.DateTimeFormat("sv-SE", { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${input.dueDate}T00:00:00Z`),
  );
  return {
    template: {
      kind: "followUpReminder",
      locale: "sv",
      values: {
        title: input.title,
        date,
        what: t("what", { kind: input.kind }),
        link: input.url,
        municipality: input.municipality,
      },
    },
  };
}
