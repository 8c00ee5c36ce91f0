import "server-only";
import { createTranslator } from "next-intl";
import { en, sv } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import type { TemplateMail } from "./outbox";

// The values of each email the intake sends; the text around them is the administrators' or the
// default (lib/server/mail/email-texts.ts), filled in when the mail is queued. Plain text: it reads
// well in every mail client and screen reader. The municipality's name (for the signature) is passed
// in: the callers read the settings before their transaction opens.

const TIME_ZONE = "Europe/Stockholm";

// Made once per language: building a translator or a date format costs far more than using one,
// and every send of the form builds a mail.
const longDates = {
  sv: new Intl.DateTimeFormat("sv-SE", { dateStyle: "long", timeZone: TIME_ZONE }),
  en: new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: TIME_ZONE }),
} as const;
const emailTexts = {
  sv: createTranslator({ locale: "sv", messages: sv, timeZone: TIME_ZONE, namespace: "email" }),
  en: createTranslator({ locale: "en", messages: en, timeZone: TIME_ZONE, namespace: "email" }),
} as const;

function translators(locale: Locale) {
  return { t: emailTexts[locale], date: (d: Date) => longDates[locale].format(d) };
}

// A mail must not carry text the sender typed to an address nobody
// has confirmed, or anyone could make the municipality mail anything to anyone. An address counts as
// confirmed once someone uses a link mailed to it. The receipt is the first mail to the contact
// address on a case, so it is never confirmed then: the receipt carries the number, the date and the
// status link, and the answers (or the question) stay behind the link. Later mails to the applicant
// carry only what staff wrote.

type ReceiptInput = { number: string; receivedAt: Date; statusUrl: string; municipality: string };

/** A request's receipt withholds its answers, a question's receipt the question (see above). */
function receipt(
  kind: "receipt" | "questionReceipt",
  locale: Locale,
  input: ReceiptInput,
): { template: TemplateMail } {
  const { t, date } = translators(locale);
  const withheld: Record<string, string> =
    kind === "receipt" ? { answers: t("answersWithheld") } : { question: t("questionWithheld") };
  const values = {
    number: input.number,
    date: date(input.receivedAt),
    statusLink: input.statusUrl,
    ...withheld,
    municipality: input.municipality,
  };
  return { template: { kind, locale, values } };
}

export const receiptEmail = (locale: Locale, input: ReceiptInput): { template: TemplateMail } =>
  receipt("receipt", locale, input);

export const questionReceiptEmail = (locale: Locale, input: ReceiptInput): { template: TemplateMail } =>
  receipt("questionReceipt", locale, input);

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

/**
 * A mail with the case number and the status link only: "withdrawn", or "statusLinkRenewed" (a fresh
 * link to the contact address on the case when someone asks for one).
 */
export function statusLinkEmail(
  kind: "withdrawn" | "statusLinkRenewed",
  locale: Locale,
  input: { number: string; statusUrl: string; municipality: string },
): { template: TemplateMail } {
  const values = { number: input.number, statusLink: input.statusUrl, municipality: input.municipality };
  return { template: { kind, locale, values } };
}
