import { expect, type Page } from "@playwright/test";

// Acting as staff in end-to-end tests: the demo accounts (lib/server/db/seed.ts) and the case page.

export const USERS = {
  lots: ["lots@lotsen.example", "demo-lots-2026"],
  lawyer: ["jurist@lotsen.example", "demo-expert-2026"],
  director: ["kommundirektor@lotsen.example", "demo-director-2026"],
  committee: ["utskott@lotsen.example", "demo-committee-2026"],
  privacy: ["dataskydd@lotsen.example", "demo-privacy-2026"],
  registrar: ["registrator@lotsen.example", "demo-registrar-2026"],
} as const;

export const unique = () => `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

export async function signInAs(page: Page, who: keyof typeof USERS) {
  await page.context().clearCookies();
  await page.goto("/staff/login");
  await page.locator("#email").fill(USERS[who][0]);
  await page.locator("#password").fill(USERS[who][1]);
  await page.locator('form[action="/api/staff/login"] button[type="submit"]').click();
  await expect(page.getByRole("button", { name: "Logga ut" }).first()).toBeVisible();
}

export async function openCase(page: Page, number: string) {
  await page.goto(`/staff/cases?status=OPEN&q=${encodeURIComponent(number)}`);
  await page.getByRole("link", { name: number }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(number);
}

type Form = ReturnType<Page["locator"]>;

/** Fills a form's fields by name: a choice is selected, any other field typed in. */
export async function fillFields(form: Form, fields: Record<string, string>) {
  for (const [name, value] of Object.entries(fields)) {
    const field = form.locator(`[name="${name}"]`);
    if ((await field.evaluate((e) => e.tagName)) === "SELECT") await field.selectOption(value);
    else await field.fill(value);
  }
}

/** Opens an action's form on the case page, fills it (fields by name, or a function) and submits it. */
export async function act(
  page: Page,
  action: string,
  fill: ((form: Form) => Promise<void>) | Record<string, string> = {},
) {
  const box = page.locator(`#${action}`);
  await box.locator("summary").click();
  await (typeof fill === "function" ? fill(box) : fillFields(box, fill));
  await box.locator('button[type="submit"]').click();
  await expect(page.getByRole("status").filter({ hasText: "Klart" })).toBeVisible();
}
