import { describe, expect, it } from "vitest";
import { tooManyRequestsResponse } from "@/lib/server/http/too-many-requests";

describe("429 page", () => {
  it("answers 429 with Retry-After, no caching and HTML", async () => {
    const response = tooManyRequestsResponse("sv", 125, "/ny");
    expect(response.status).toBe(429);
    expect(response.headers.get("Retry-After")).toBe("125");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(response.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    const html = await response.text();
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("<main>");
  });

  it.each([
    {
      name: "speaks Swedish",
      locale: "sv",
      seconds: 125,
      back: "/ny",
      texts: [
        '<html lang="sv">',
        "<title>För många försök</title>",
        "<h1>För många försök</h1>",
        "från ert nätverk",
        "Vänta ungefär 3 minuter",
        "utkastet är sparat",
        '<a href="/ny">Tillbaka</a>',
      ],
    },
    {
      name: "speaks English, with a singular minute",
      locale: "en",
      seconds: 30,
      back: "/en/new",
      texts: [
        '<html lang="en">',
        "<title>Too many attempts</title>",
        "from your network",
        "wait about 1 minute and",
        "the draft is saved",
        '<a href="/en/new">Back</a>',
      ],
    },
  ] as const)("$name", async ({ locale, seconds, back, texts }) => {
    const html = await tooManyRequestsResponse(locale, seconds, back).text();
    for (const text of texts) expect(html).toContain(text);
  });

  it("hands back, escaped, what a post that saves nothing carried, instead of promising a saved draft", async () => {
    const html = await tooManyRequestsResponse("sv", 60, "/status/x", "Hej <b>lotsen</b>").text();
    expect(html).not.toContain("utkastet är sparat");
    expect(html).toContain("Det ni skickade har inte sparats");
    expect(html).toContain('<label for="kept">Det ni skrev</label>');
    expect(html).toContain("Hej &lt;b&gt;lotsen&lt;/b&gt;</textarea>");
  });

  it("escapes the back link", async () => {
    const html = await tooManyRequestsResponse("en", 60, '/en/new"><script>alert(1)</script>').text();
    expect(html).not.toContain("<script>");
    expect(html).toContain('href="/en/new&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  it("links only to same-site paths", async () => {
    for (const href of ["javascript:alert(1)", "https://evil.example/", "//evil.example/"]) {
      const html = await tooManyRequestsResponse("sv", 60, href).text();
      expect(html).toContain('<a href="/">');
    }
  });
});
