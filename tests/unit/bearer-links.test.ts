import { describe, expect, it } from "vitest";
import { REDACTED_LINK, redactLinks } from "@/lib/domain/bearer-links";

describe("redactLinks", () => {
  const link = "https://kommun.example/status/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde";
  it("replaces every copy of a link, plain and HTML-escaped, and nothing else", () => {
    const invite = "https://kommun.example/staff/set-password?token=a.1&lang=sv";
    const text = `Länk:\n${link}\nIgen: ${link}\n<a href="${invite.replace("&", "&amp;")}">x</a> ${invite}`;
    expect(redactLinks(text, [link, invite])).toBe(
      `Länk:\n${REDACTED_LINK}\nIgen: ${REDACTED_LINK}\n<a href="${REDACTED_LINK}">x</a> ${REDACTED_LINK}`,
    );
  });
  it("redacts the longer of two links that share a beginning in full", () => {
    expect(redactLinks(`${link}/komplettera`, [link, `${link}/komplettera`])).toBe(REDACTED_LINK);
  });
  it("leaves a text without links alone", () => {
    expect(redactLinks("Hej!", [])).toBe("Hej!");
    expect(redactLinks("Hej!", [""])).toBe("Hej!");
  });
});
