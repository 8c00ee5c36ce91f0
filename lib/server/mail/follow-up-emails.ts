import "server-only";
import { createTranslator } from "next-intl";
import { en, sv } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";

// The follow-up reminder to lotsen. Staff mail has no language of its own, so it is written in
// Swedish with the English text below it (the subject in Swedish, the product's first language).

const messages = { sv, en } as const;

export interface ReminderInput {
  title: string;
  /** YYYY-MM-DD */
  dueDate: string;
  kind: "TALK" | "REPORT" | "EXTRA";
  url: string;
  municipality: string;
}

function body(locale: Locale, input: ReminderInput): string {
  const t = createTranslator({ locale, messages: messages[locale], namespace: "followUps.reminder" });
  const date = new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", {
    dateStyle: "long",
    timeZone: "UTC",
  }).format(new Date(`${input.dueDate}T00:00:00Z`));
  return [
    t("intro", { title: input.title, date, kind: input.kind }),
    "",
    t("record"),
    input.url,
    "",
    t("signature", { municipality: input.municipality }),
  ].join("\n");
}

export function followUpReminderEmail(input: ReminderInput): { subject: string; text: string } {
  const t = createTranslator({ locale: "sv", messages: sv, namespace: "followUps.reminder" });
  return {
    subject: t("subject", { title: input.title, date: input.dueDate }),
    text: [body("sv", input), "", "----", "", body("en", input)].join("\n"),
  };
}
