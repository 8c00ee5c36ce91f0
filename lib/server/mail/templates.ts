import { summaryLabel } from "@/lib/domain/intake/field-label";
import "server-only";
import { createTranslator } from "next-intl";
import { SECTIONS } from "@/lib/domain/intake/sections";
import type { Answers } from "@/lib/domain/intake/schema";
import { en, sv } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import type { TemplateMail } from "./outbox";

// The values of each email the intake sends; the text around them is the administrators' or the
// default (lib/server/mail/email-texts.ts), filled in when the mail is queued. Plain text: it reads
// well in every mail client and screen reader. The municipality's name (for the signature) is passed
// in: the callers read the settings before their transaction opens.

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
        `${summaryLabel(intake(`fields.${section.id}.${field.name}.label` as never))}: ${value.trim() || t("notAnswered")}`,
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
): { template: TemplateMail } {
  const { date } = translators(locale);
  const values = {
    number: input.number,
    date: date(input.receivedAt),
    statusLink: input.statusUrl,
    answers: answersSummary(locale, input.answers).trim(),
    municipality: input.municipality,
  };
  return { template: { kind: "receipt", locale, values } };
}

export function questionReceiptEmail(
  locale: Locale,
  input: { number: string; receivedAt: Date; statusUrl: string; question: string; municipality: string },
): { template: TemplateMail } {
  const { date } = translators(locale);
  const values = {
    number: input.number,
    date: date(input.receivedAt),
    statusLink: input.statusUrl,
    question: "> " + input.question.split("\n").join("\n> "),
    municipality: input.municipality,
  };
  return { template: { kind: "questionReceipt", locale, values } };
}

/** To the lotsen mailbox, in Swedish: who sent what, and where to open it. */
export function lotsenNotificationEmail(input: {
  kind: "COLLABORATION" | "QUESTION";
  number: string;
  receivedAt: Date;
  organisation: string;
  title: string;
  staffUrl: string;
}): { template: TemplateMail } {
  const { date } = translators("sv");
  const values = {
    number: input.number,
    date: date(input.receivedAt),
    organisation: input.organisation,
    title: input.title,
    caseLink: input.staffUrl,
  };
  const kind = input.kind === "QUESTION" ? "newQuestionToLotsen" : "newRequestToLotsen";
  return { template: { kind, locale: "sv", values } };
}

export function resumeLinkEmail(
  locale: Locale,
  input: { url: string; expiresAt: Date; municipality: string },
): { template: TemplateMail } {
  const { date } = translators(locale);
  const values = { link: input.url, date: date(input.expiresAt), municipality: input.municipality };
  return { template: { kind: "resumeLink", locale, values } };
}

export function lotsenEventEmail(
  event: "message" | "withdrawn",
  input: { number: string; staffUrl: string },
): { template: TemplateMail } {
  const values = { number: input.number, caseLink: input.staffUrl };
  return {
    template: { kind: event === "message" ? "messageToLotsen" : "withdrawnToLotsen", locale: "sv", values },
  };
}

export function withdrawnEmail(
  locale: Locale,
  input: { number: string; statusUrl: string; municipality: string },
): { template: TemplateMail } {
  const values = { number: input.number, statusLink: input.statusUrl, municipality: input.municipality };
  return { template: { kind: "withdrawn", locale, values } };
}
