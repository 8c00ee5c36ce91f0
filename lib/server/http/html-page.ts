import "server-only";

// A complete, small HTML page for answers that route handlers give directly (429, unexpected errors):
// the browser posted a form, so a page is what the person sees. Dependency-free on purpose.

export type PageLocale = "sv" | "en";

export function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

// Escaping stops markup injection but not a `javascript:` or off-site URL, so only same-site paths
// are linked; anything else falls back to the start page.
export function safeHref(href: string): string {
  return href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/\\") ? href : "/";
}

// Colours: #1b1b1b on #fff and link #0b4a8b on #fff both exceed 7:1 (WCAG AAA, so AA with margin).
export const CSS = `
body{margin:0;background:#fff;color:#1b1b1b;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:1.125rem;line-height:1.6}
main{max-width:40rem;margin:0 auto;padding:3rem 1.25rem}
h1{font-size:2rem;line-height:1.25;margin:0 0 1rem}
p{margin:0 0 1rem}
a{color:#0b4a8b;text-decoration:underline;text-underline-offset:.15em}
a:hover{text-decoration-thickness:2px}
a:focus-visible{outline:3px solid #1b1b1b;outline-offset:3px;border-radius:2px}
textarea{width:100%;font:inherit;border:2px solid #1b1b1b;padding:.5rem;box-sizing:border-box}
textarea:focus-visible{outline:3px solid #0b4a8b;outline-offset:2px}
`.trim();

export function htmlPage(input: {
  locale: PageLocale;
  title: string;
  paragraphs: string[];
  link?: { href: string; text: string };
  /** Text to hand back read-only (e.g. what was typed in a form that could not be saved). */
  keep?: { label: string; text: string };
  status: number;
  headers?: Record<string, string>;
}): Response {
  const lang = input.locale === "en" ? "en" : "sv";
  const body = input.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n");
  const link = input.link
    ? `<p><a href="${escapeHtml(safeHref(input.link.href))}">${escapeHtml(input.link.text)}</a></p>`
    : "";
  const keep = input.keep
    ? `<p><label for="kept">${escapeHtml(input.keep.label)}</label><br><textarea id="kept" readonly rows="10">${escapeHtml(input.keep.text)}</textarea></p>`
    : "";
  const html = `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(input.title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>${escapeHtml(input.title)}</h1>
${body}
${keep}
${link}
</main>
</body>
</html>
`;
  return new Response(html, {
    status: input.status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", ...input.headers },
  });
}

// Refusals from routes that do not know the reader's language (downloads, links): short pages in
// Swedish with the English below, never a bare word.
export function notFoundResponse(): Response {
  return htmlPage({
    locale: "sv",
    title: "Hittades inte",
    paragraphs: [
      "Det ni letar efter finns inte, eller så har ni inte tillgång till det.",
      "Not found: what you are looking for does not exist, or you do not have access to it.",
    ],
    link: { href: "/", text: "Till startsidan / To the home page" },
    status: 404,
  });
}

export function forbiddenResponse(): Response {
  return htmlPage({
    locale: "sv",
    title: "Ingen behörighet",
    paragraphs: [
      "Ni behöver logga in med ett konto som har behörighet till det här.",
      "Not allowed: sign in with an account that has access to this.",
    ],
    link: { href: "/staff/login", text: "Logga in / Sign in" },
    status: 403,
  });
}
