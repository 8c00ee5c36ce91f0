import "server-only";
import type { Locale } from "@/lib/i18n/routing";
import { htmlPage } from "../http/html-page";
import { pagePath } from "../urls";
import { getStaffSession } from "./session";

// What a staff form post gets when it is refused: a page that says why, instead of a bare 403. The
// common case is a session that ended while someone was writing (30 minutes idle), so whatever they
// typed is handed back read-only to copy, and the sign-in link opens in a new tab to come back to.

const TEXT = {
  sv: {
    signedOutTitle: "Du är inte inloggad längre",
    signedOut:
      "Inloggningen har upphört, till exempel efter 30 minuter utan aktivitet, så inget av det du skickade har sparats.",
    signedOutNext: "Kopiera texten nedan, logga in igen och skicka en gång till.",
    refusedTitle: "Du har inte behörighet",
    refused:
      "Din roll får inte göra det här, så inget har sparats. Kontakta en administratör om du behöver behörigheten.",
    kept: "Det du skrev",
    signIn: "Logga in igen",
    home: "Till personalytan",
  },
  en: {
    signedOutTitle: "You are no longer signed in",
    signedOut:
      "Your session has ended, for example after 30 minutes without activity, so nothing you sent has been saved.",
    signedOutNext: "Copy the text below, sign in again and send it once more.",
    refusedTitle: "You do not have access",
    refused:
      "Your role may not do this, so nothing has been saved. Ask an administrator if you need the access.",
    kept: "What you wrote",
    signIn: "Sign in again",
    home: "To the staff area",
  },
} as const;

// Form fields that are not something a person wrote.
const NOT_TYPED = new Set([
  "locale",
  "version",
  "action",
  "back",
  "callbackUrl",
  "password",
  "ids",
  "assignTo",
]);

/** The free text of a form, one field after another, for the person to copy. */
export function typedText(form: FormData): string {
  const parts: string[] = [];
  for (const [name, value] of form.entries()) {
    if (typeof value !== "string" || NOT_TYPED.has(name)) continue;
    const text = value.replaceAll("\0", "").trim();
    if (text.length >= 2 && !/^[0-9a-f-]{36}$/i.test(text)) parts.push(text);
  }
  return parts.join("\n\n");
}

/** The answer to a refused staff form post: why, and what was typed, never a bare 403. */
export async function refuseStaffForm(form: FormData, locale: Locale): Promise<Response> {
  const t = TEXT[locale];
  const signedIn = !!(await getStaffSession());
  const kept = typedText(form);
  return htmlPage({
    locale,
    title: signedIn ? t.refusedTitle : t.signedOutTitle,
    paragraphs: signedIn ? [t.refused] : [t.signedOut, ...(kept ? [t.signedOutNext] : [])],
    keep: kept ? { label: t.kept, text: kept } : undefined,
    link: signedIn
      ? { href: pagePath(locale, "/staff"), text: t.home }
      : { href: pagePath(locale, "/staff/login"), text: t.signIn },
    status: 403,
  });
}
