import "server-only";
import { htmlPage } from "./html-page";

// The page a person sees when a form post is refused by a rate limit. A complete HTML document, not
// JSON: the form is posted by the browser, so this is what is shown. Kept dependency-free and small.

type Locale = "sv" | "en";

const TEXT: Record<
  Locale,
  {
    title: string;
    network: string;
    wait: (minutes: number) => string;
    safe: string;
    unsaved: string;
    kept: string;
    back: string;
  }
> = {
  sv: {
    title: "För många försök",
    network: "Vi har tagit emot för många försök från ert nätverk på kort tid.",
    wait: (m) => `Vänta ungefär ${m} ${m === 1 ? "minut" : "minuter"} och försök sedan igen.`,
    safe: "Det ni har skrivit i formuläret finns kvar – utkastet är sparat.",
    unsaved: "Det ni skickade har inte sparats. Kopiera texten nedan och skicka den igen när tiden har gått.",
    kept: "Det ni skrev",
    back: "Tillbaka",
  },
  en: {
    title: "Too many attempts",
    network: "We have received too many attempts from your network in a short time.",
    wait: (m) => `Please wait about ${m} ${m === 1 ? "minute" : "minutes"} and then try again.`,
    safe: "What you have written in the form is still there – the draft is saved.",
    unsaved:
      "What you sent has not been saved. Copy the text below and send it again once the time has passed.",
    kept: "What you wrote",
    back: "Back",
  },
};

/**
 * 429 with `Retry-After` and a short page in the person's language linking back to the form. Posts
 * that keep a draft say so; a post that saves nothing (`unsaved`: what was typed) hands the text back.
 */
export function tooManyRequestsResponse(
  locale: Locale,
  retryAfterSeconds: number,
  backHref: string,
  unsaved?: string,
): Response {
  const seconds = Math.max(1, Math.ceil(Number.isFinite(retryAfterSeconds) ? retryAfterSeconds : 60));
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  const t = TEXT[locale] ?? TEXT.sv;
  return htmlPage({
    locale,
    title: t.title,
    paragraphs: [`${t.network} ${t.wait(minutes)}`, unsaved === undefined ? t.safe : t.unsaved],
    keep: unsaved ? { label: t.kept, text: unsaved } : undefined,
    link: { href: backHref, text: t.back },
    status: 429,
    headers: { "Retry-After": String(seconds) },
  });
}
