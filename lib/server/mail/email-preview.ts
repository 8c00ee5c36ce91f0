import "server-only";
import { EMAIL_KINDS, type EmailKind } from "@/lib/domain/email-kinds";
import { MESSAGES } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { getSettings } from "../settings";
import { absoluteUrl } from "../urls";
import { renderEmailText, type EmailText } from "./email-texts";

// A mail as it would be sent, filled with invented sample values (never anyone's real data), for the
// administrators' preview. Links point at this site, with an obviously fake token or id.

export async function previewEmail(kind: EmailKind, locale: Locale, text: EmailText) {
  const samples: Record<string, string> = { ...MESSAGES[locale].adminMail.samples };
  const values: Record<string, string> = {
    ...samples,
    municipality: (await getSettings()).municipalityName,
    statusLink: absoluteUrl(`${locale === "en" ? "/en" : ""}/status/EXEMPEL`),
    link: absoluteUrl(`/api/intake/resume/EXEMPEL?lang=${locale}`),
    caseLink: absoluteUrl("/staff/cases/00000000-0000-4000-8000-000000000000"),
  };
  const allowed: readonly string[] = EMAIL_KINDS[kind].placeholders;
  return renderEmailText(
    text,
    Object.fromEntries(Object.entries(values).filter(([k]) => allowed.includes(k))),
  );
}
