import { describe, expect, it } from "vitest";
import { forbiddenResponse, notFoundResponse } from "@/lib/server/http/html-page";

describe("refusals from routes", () => {
  it("are short HTML pages in Swedish and English, not a bare word", async () => {
    const notFound = notFoundResponse();
    expect(notFound.status).toBe(404);
    expect(notFound.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    const html = await notFound.text();
    expect(html).toContain("<h1>Hittades inte</h1>");
    expect(html).toContain("Not found: what you are looking for does not exist");
    const forbidden = forbiddenResponse();
    expect(forbidden.status).toBe(403);
    expect(await forbidden.text()).toContain('<a href="/staff/login">Logga in / Sign in</a>');
  });
});
