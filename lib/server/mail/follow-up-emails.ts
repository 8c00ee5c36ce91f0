import "server-only";
import { createTranslator } from "next-intl";
import { sv } from "@/lib/i18n/messages";
import type { TemplateMail } from "./outbox";
import { absoluteUrl } from "../urls";

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

/** The reminder to a civil-society party's contact before a REPORT follow-up, in Swedish. */
export function partnerReminderEmail(input: { title: string; dueDate: string; municipality: string }) {
  const t = createTranslator({ locale: "sv", messages: sv, namespace: "partner.mail" });
  const date = new Intl.DateTimeFormat("sv-SE", { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${input.dueDate}T00:00:00Z`),
  );
  return {
    subject: t("reminderSubject", { title: input.title }),
    text: t("reminderText", {
      title: input.title,
      date,
      newLink: absoluteUrl("/samarbete/ny-lank"),
      municipality: input.municipality,
    }),
  };
}

/**
 * The notice to a civil-society party's contact that staff returned their report, in Swedish. It holds
 * no private link (the comment is read on the partner's page), only the page that sends a new link.
 */
export function partnerReturnedEmail(input: { title: string; quarter: string; municipality: string }) {
  const t = createTranslator({ locale: "sv", messages: sv, namespace: "partner.mail" });
  return {
    subject: t("returnedSubject", { title: input.title }),
    text: t("returnedText", {
      title: input.title,
      quarter: input.quarter,
      newLink: absoluteUrl("/samarbete/ny-lank"),
      municipality: input.municipality,
    }),
  };
}
