// A bearer link opens something on its own (a status page, a draft, setting a password). Once a
// mail has reached the mail server the outbox keeps no usable copy: each link in the stored body is
// replaced by this marker, so the administrators' outbox still shows what was sent, minus the key.
export const REDACTED_LINK = "[länk borttagen efter sändning]";

const htmlEscaped = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

/** The text with every given link (also in its HTML-escaped form) replaced by the marker. */
export function redactLinks(text: string, links: readonly string[]): string {
  let result = text;
  // Longest first, so a link that extends another is not left half redacted.
  for (const link of [...links].filter(Boolean).sort((a, b) => b.length - a.length)) {
    result = result.replaceAll(link, REDACTED_LINK).replaceAll(htmlEscaped(link), REDACTED_LINK);
  }
  return result;
}
