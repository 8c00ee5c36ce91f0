import { expect, test } from "@playwright/test";

test("every response carries the security headers", async ({ request }) => {
  for (const path of ["/", "/en/privacy", "/api/health", "/finns-inte"]) {
    const res = await request.get(path);
    const headers = res.headers();
    expect(headers["content-security-policy"], path).toMatch(/object-src 'none'/);
    expect(headers["content-security-policy"], path).toMatch(/base-uri 'none'/);
    expect(headers["content-security-policy"], path).toMatch(/frame-ancestors 'none'/);
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBeTruthy();
    expect(headers["strict-transport-security"], path).toContain("max-age=");
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
});

test("the health check reports the database", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ status: "ok", database: "up" });
  expect(res.headers()["x-request-id"]).toBeTruthy();
});

test("an unknown address answers 404 with a page, not a stack trace", async ({ request }) => {
  const res = await request.get("/finns-inte");
  expect(res.status()).toBe(404);
  const body = await res.text();
  expect(body).toContain("Sidan finns inte");
  expect(body).not.toMatch(/at .*\.js:\d+/);
});
