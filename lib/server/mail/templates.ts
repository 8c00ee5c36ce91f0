import "server-only";
import { createTranslator } from "next-intl";
import { SECTIONS } from "@/lib/domain/intake/sections";
import type { Answers } from "@/lib/domain/intake/schema";
import { en, sv } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";

// Every email in both languages, from the same message files as the pages. Plain text: it reads
// well in every mail client and screen reader. The municipality's name (for the signature) is passed
// in: the callers read the settings before their transaction opens.

export interface EmailContent {
  subject: string;
  text: string;
}

const messages = { sv, en } as const;
const TIME_ZONE = "Europe/Stockholm";

function translators(locale: Locale) {
  const base = { locale, messages: messages[locale], timeZone: TIME_ZONE };
  return {
    t: createTranslator({ ...base, namespace: "email" }),
    intake: createTranslator({ ...base, namespace: "intake" }),
    date: (d: Date) =>
      new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", {
        dateStyle: "long",
        timeZone: TIME_ZONE,
      }).format(d),
  };
}

function footer(locale: Locale, municipality: string) {
  const { t } = translators(locale);
  return `${t("signature", { municipality })}`;
}

/** The answers as "Label: value" lines, section by section. */
export function answersSummary(locale: Locale, answers: Answers): string {
  const { t, intake } = translators(locale);
  const lines: string[] = [];
  for (const section of SECTIONS) {
    lines.push("", `## ${intake(`sections.${section.id}`)}`);
    for (const field of section.fields) {
      const raw = answers[section.id]?.[field.name];
      let value = Array.isArray(raw) ? raw.map((v) => themeLabel(locale, v)).join(", ") : (raw ?? "");
      if (field.type === "select" && value) value = intake(`organisationForms.${value}` as never);
      lines.push(
        `${intake(`fields.${section.id}.${field.name}.label` as never)}: ${value.trim() || t("notAnswered")}`,
      );
    }
  }
  return lines.join("\n");
}

function themeLabel(locale: Locale, theme: string): string {
  const home = createTranslator({ locale, messages: messages[locale], namespace: "home" });
  return home.has(`themes.${theme}` as never) ? home(`themes.${theme}` as never) : theme;
}

export function receiptEmail(
  locale: Locale,
  input: { number: string; receivedAt: Date; statusUrl: string; answers: Answers; municipality: string },
): EmailContent {
  const { t, date } = translators(locale);
  return {
    subject: t("receiptSubject", { number: input.number }),
    text: [
      t("greeting"),
      "",
      t("receiptIntro", { number: input.number, date: date(input.receivedAt) }),
      "",
      t("receiptStatus"),
      input.statusUrl,
      "",
      t("receiptSummary"),
      answersSummary(locale, input.answers),
      "",
      t("doNotReply"),
      "",
      footer(locale, input.municipality),
    ].join("\n"),
  };
}

export function questionReceiptEmail(
  locale: Locale,
  input: { number: string; receivedAt: Date; statusUrl: string; question: string; municipality: string },
): EmailContent {
  const { t, date } = translators(locale);
  return {
    subject: t("questionSubject", { number: input.number }),
    text: [
      t("greeting"),
      "",
      t("questionIntro", { number: input.number, date: date(input.receivedAt) }),
      "",
      t("questionStatus"),
      input.statusUrl,
      "",
      "> " + input.question.split("\n").join("\n> "),
      "",
      t("doNotReply"),
      "",
      footer(locale, input.municipality),
    ].join("\n"),
  };
}

/** To the lotsen mailbox, in Swedish: who sent what, and where to open it. */
export function lotsenNotificationEmail(input: {
  kind: "COLLABORATION" | "QUESTION";
  number: string;
  receivedAt: Date;
  organisation: string;
  title: string;
  staffUrl: string;
}): EmailContent {
  const { t, date } = translators("sv");
  const values = { ...input, date: date(input.receivedAt), url: input.staffUrl };
  return { subject: t("lotsenSubject", values), text: t("lotsenBody", values) };
}

export function resumeLinkEmail(
  locale: Locale,
  input: { url: string; expiresAt: Date; municipality: string },
): EmailContent {
  const { t, date } = translators(locale);
  return {
    subject: t("resumeSubject"),
    text: [
      t("greeting"),
      "",
      t("resumeBody", { date: date(input.expiresAt) }),
      "",
      input.url,
      "",
      footer(locale, input.municipality),
    ].join("\n"),
  };
}

export function lotsenEventEmail(
  event: "message" | "withdrawn",
  input: { number: string; staffUrl: string },
): EmailContent {
  const { t } = translators("sv");
  const values = { number: input.number, url: input.staffUrl };
  return event === "message"
    ? { subject: t("messageSubject", values), text: t("messageToLotsen", values) }
    : { subject: t("withdrawnSubject", values), text: t("withdrawnToLotsen", values) };
}

export function withdrawnEmail(
  locale: Locale,
  input: { number: string; statusUrl: string; municipality: string },
): EmailContent {
  const { t } = translators(locale);
  return {
    subject: t("withdrawnSubject", { number: input.number }),
    text: [
      t("greeting"),
      "",
      t("withdrawnToApplicant", { number: input.number }),
      input.statusUrl,
      "",
      footer(locale, input.municipality),
    ].join("\n"),
  };
}
