import "server-only";
import { createTranslator } from "next-intl";
import type { Outcome } from "@/lib/domain/workflow";
import type { StepName } from "@/lib/domain/steps";
import { en, sv } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import type { TemplateMail } from "./outbox";

// The values of the mails to the applicant as their case moves, in the language they wrote in; the
// text around them comes from lib/server/mail/email-texts.ts when the mail is queued. The
// municipality's name (for the signature) is passed in: callers read the settings before their
// transaction opens.

const TIME_ZONE = "Europe/Stockholm";
const messages = { sv, en } as const;

function tr(locale: Locale) {
  const base = { locale, messages: messages[locale], timeZone: TIME_ZONE };
  return {
    t: createTranslator({ ...base, namespace: "email" }),
    steps: createTranslator({ ...base, namespace: "steps" }),
  };
}

export function stepChangedEmail(
  locale: Locale,
  number: string,
  step: StepName,
  municipality: string,
): { template: TemplateMail } {
  const { steps } = tr(locale);
  return {
    template: { kind: "stepChanged", locale, values: { number, step: steps(`${step}.name`), municipality } },
  };
}

export function endedEmail(
  locale: Locale,
  number: string,
  outcome: Outcome,
  reason: string,
  municipality: string,
): { template: TemplateMail } {
  const { t } = tr(locale);
  const values = { number, outcome: t(`outcomeText.${outcome}`), reason, municipality };
  return { template: { kind: "ended", locale, values } };
}

export function messageFromLotsenEmail(
  locale: Locale,
  number: string,
  body: string,
  municipality: string,
  answer = false,
): { template: TemplateMail } {
  const values = { number, message: body, municipality };
  return { template: { kind: answer ? "answer" : "messageFromLotsen", locale, values } };
}

/** The form's section titles in the applicant's language, for mails about reopened sections. */
export function sectionTitles(locale: Locale, ids: string[]): string[] {
  const t = createTranslator({ locale, messages: messages[locale], namespace: "intake.sections" });
  return ids.map((id) => (t.has(id as never) ? t(id as never) : id));
}

const bullets = (titles: string[]) => titles.map((title) => `- ${title}`).join("\n");

export function infoRequestedEmail(
  locale: Locale,
  number: string,
  message: string,
  titles: string[],
  municipality: string,
): { template: TemplateMail } {
  const values = { number, message, sections: bullets(titles), municipality };
  return { template: { kind: "infoRequested", locale, values } };
}

/** To lotsen's mailbox (in Swedish): the organisation sent back the reopened sections. */
export function infoSuppliedToLotsenEmail(
  number: string,
  sectionIds: string[],
  url: string,
): { template: TemplateMail } {
  const values = { number, caseLink: url, sections: bullets(sectionTitles("sv", sectionIds)) };
  return { template: { kind: "infoSuppliedToLotsen", locale: "sv", values } };
}

export function invitationEmail(
  locale: Locale,
  input: {
    number: string;
    startsAt: Date;
    durationMinutes: number;
    place: string;
    uid: string;
    municipality: string;
  },
): { template: TemplateMail } {
  const when = new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", {
    dateStyle: "full",
    timeStyle: "short",
    timeZone: TIME_ZONE,
  }).format(input.startsAt);
  const values = { number: input.number, when, place: input.place, municipality: input.municipality };
  // The calendar entry carries the mail's final subject, so it is made once the text is known.
  const attach = (subject: string) => [
    {
      filename: "inbjudan.ics",
      contentType: "text/calendar; charset=utf-8; method=PUBLISH",
      contentBase64: Buffer.from(icsEvent({ ...input, summary: subject })).toString("base64"),
    },
  ];
  return { template: { kind: "invitation", locale, values, attach } };
}

const icsDate = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
const icsText = (s: string) =>
  s.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");

/** A minimal RFC 5545 calendar event (UTC times), readable by every calendar program. */
export function icsEvent(input: {
  uid: string;
  startsAt: Date;
  durationMinutes: number;
  place: string;
  summary: string;
}): string {
  const end = new Date(input.startsAt.getTime() + input.durationMinutes * 60_000);
  return [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Lotsen//Civilsamhallslotsen//SV",
    // PUBLISH, not REQUEST: a REQUEST must name an ORGANIZER and ATTENDEEs (RFC 5546) and asks for replies
    // we do not collect; the booking itself is confirmed by mail.
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:${input.uid}@lotsen`,
    `DTSTAMP:${icsDate(new Date())}`,
    `DTSTART:${icsDate(input.startsAt)}`,
    `DTEND:${icsDate(end)}`,
    `SUMMARY:${icsText(input.summary)}`,
    `LOCATION:${icsText(input.place)}`,
    "END:VEVENT",
    "END:VCALENDAR",
    "",
  ].join("\r\n");
}
