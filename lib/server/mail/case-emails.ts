import "server-only";
import { createTranslator } from "next-intl";
import type { Outcome } from "@/lib/domain/workflow";
import type { StepName } from "@/lib/domain/steps";
import { en, sv } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import type { EmailContent } from "./templates";

// Mails to the applicant as their case moves, in the language they wrote in. The municipality's
// name (for the signature) is passed in: callers read the settings before their transaction opens.

const TIME_ZONE = "Europe/Stockholm";
const messages = { sv, en } as const;

function tr(locale: Locale) {
  const base = { locale, messages: messages[locale], timeZone: TIME_ZONE };
  return {
    t: createTranslator({ ...base, namespace: "email" }),
    steps: createTranslator({ ...base, namespace: "steps" }),
  };
}

function wrap(locale: Locale, lines: string[], municipality: string): string {
  const { t } = tr(locale);
  return [t("greeting"), "", ...lines, "", t("statusHint"), "", t("signature", { municipality })].join("\n");
}

export function stepChangedEmail(
  locale: Locale,
  number: string,
  step: StepName,
  municipality: string,
): EmailContent {
  const { t, steps } = tr(locale);
  const name = steps(`${step}.name`);
  return {
    subject: t("stepSubject", { number, step: name }),
    text: wrap(locale, [t("stepBody", { number, step: name })], municipality),
  };
}

export function endedEmail(
  locale: Locale,
  number: string,
  outcome: Outcome,
  reason: string,
  municipality: string,
): EmailContent {
  const { t } = tr(locale);
  const text = t(`outcomeText.${outcome}`);
  return {
    subject: t("endedSubject", { number, outcome: text }),
    text: wrap(locale, [t("endedBody", { number, outcome: text, reason })], municipality),
  };
}

export function messageFromLotsenEmail(
  locale: Locale,
  number: string,
  body: string,
  municipality: string,
  answer = false,
): EmailContent {
  const { t } = tr(locale);
  return {
    subject: answer ? t("answerSubject", { number }) : t("messageFromLotsenSubject", { number }),
    text: wrap(locale, [t("messageFromLotsenBody", { number, body })], municipality),
  };
}

/** The form's section titles in the applicant's language, for mails about reopened sections. */
export function sectionTitles(locale: Locale, ids: string[]): string[] {
  const t = createTranslator({ locale, messages: messages[locale], namespace: "intake.sections" });
  return ids.map((id) => (t.has(id as never) ? t(id as never) : id));
}

export function infoRequestedEmail(
  locale: Locale,
  number: string,
  message: string,
  titles: string[],
  municipality: string,
): EmailContent {
  const { t } = tr(locale);
  return {
    subject: t("infoRequestedSubject", { number }),
    text: wrap(
      locale,
      [
        t("infoRequestedBody", { number, message }),
        "",
        t("infoRequestedSections"),
        ...titles.map((title) => `- ${title}`),
      ],
      municipality,
    ),
  };
}

/** To lotsen's mailbox (in Swedish): the organisation sent back the reopened sections. */
export function infoSuppliedToLotsenEmail(number: string, sectionIds: string[], url: string): EmailContent {
  const { t } = tr("sv");
  return {
    subject: t("infoSuppliedSubject", { number }),
    text: [
      t("infoSuppliedBody", { number, url }),
      "",
      ...sectionTitles("sv", sectionIds).map((title) => `- ${title}`),
    ].join("\n"),
  };
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
) {
  const { t } = tr(locale);
  const when = new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", {
    dateStyle: "full",
    timeStyle: "short",
    timeZone: TIME_ZONE,
  }).format(input.startsAt);
  const mail: EmailContent = {
    subject: t("inviteSubject", { number: input.number }),
    text: wrap(locale, [t("inviteBody", { when, place: input.place })], input.municipality),
  };
  const ics = icsEvent({ ...input, summary: mail.subject });
  return {
    ...mail,
    attachments: [
      {
        filename: "inbjudan.ics",
        contentType: "text/calendar; charset=utf-8; method=PUBLISH",
        contentBase64: Buffer.from(ics).toString("base64"),
      },
    ],
  };
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
