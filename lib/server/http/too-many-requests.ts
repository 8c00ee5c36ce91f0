import "server-only";
import { htmlPage } from "./html-page";

// The page a person sees when a form post is refused by a rate limit. A complete HTML document, not
// JSON: the form is posted by the browser, so this is what is shown. Kept dependency-free and small.

type Locale = "sv" | "en";

const TEXT: Record<
  Locale,
  { title: string; network: string; wait: (minutes: number) => string; safe: string; back: string }
> = {
  sv: {
    title: "För många försök",
    network: "Vi har fått för många försök från ditt nätverk på kort tid.",
    wait: (m) => `Vänta ungefär ${m} ${m === 1 ? "minut" : "minuter"} och försök sedan igen.`,
    safe: "Inget du har skrivit har försvunnit – ditt utkast är sparat.",
    back: "Tillbaka till formuläret",
  },
  en: {
    title: "Too many attempts",
    network: "We have received too many attempts from your network in a short time.",
    wait: (m) => `Please wait about ${m} ${m === 1 ? "minute" : "minutes"} and then try again.`,
    safe: "Nothing you have written is lost – your draft is saved.",
    back: "Back to the form",
  },
};

/** 429 with `Retry-After` and a short page in the person's language linking back to the form. */
export function tooManyRequestsResponse(
  locale: Locale,
  retryAfterSeconds: number,
  backHref: string,
): Response {
  const seconds = Math.max(1, Math.ceil(Number.isFinite(retryAfterSeconds) ? retryAfterSeconds : 60));
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  const t = TEXT[locale] ?? TEXT.sv;
  return htmlPage({
    locale,
    title: t.title,
    paragraphs: [`${t.network} ${t.wait(minutes)}`, t.safe],
    link: { href: backHref, text: t.back },
    status: 429,
    headers: { "Retry-After": String(seconds) },
  });
}
