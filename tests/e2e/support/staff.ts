import { expect, type Page } from "@playwright/test";
import type { Role } from "@/lib/domain/workflow";

// Acting as staff in end-to-end tests: the demo accounts (lib/server/db/seed.ts) and the case page.

/** The demo account of each role: address and password. */
export const ACCOUNTS: Record<Role, readonly [string, string]> = {
  LOTS: ["lots@lotsen.example", "demo-lots-2026"],
  EXPERT: ["jurist@lotsen.example", "demo-expert-2026"],
  DIRECTOR: ["kommundirektor@lotsen.example", "demo-director-2026"],
  COMMITTEE: ["utskott@lotsen.example", "demo-committee-2026"],
  ADMIN: ["admin@lotsen.example", "demo-admin-2026"],
  PRIVACY_OFFICER: ["dataskydd@lotsen.example", "demo-privacy-2026"],
  REGISTRAR: ["registrator@lotsen.example", "demo-registrar-2026"],
};

export const USERS = {
  lots: ACCOUNTS.LOTS,
  lawyer: ACCOUNTS.EXPERT,
  director: ACCOUNTS.DIRECTOR,
  committee: ACCOUNTS.COMMITTEE,
  privacy: ACCOUNTS.PRIVACY_OFFICER,
  registrar: ACCOUNTS.REGISTRAR,
} as const;

export interface Credentials {
  email: string;
  password: string;
}

/** A role's demo account as the sign-in form takes it. */
export const credentials = (role: Role): Credentials => ({
  email: ACCOUNTS[role][0],
  password: ACCOUNTS[role][1],
});

export const ADMIN = credentials("ADMIN");

export const unique = () => `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

/** Sends the password sign-in form on `path`; what follows (a session, a code step) is the caller's. */
export async function submitPassword(page: Page, user: Credentials, path = "/staff/login") {
  await page.goto(path);
  await page.locator("#email").fill(user.email);
  await page.locator("#password").fill(user.password);
  await page.locator('form[action="/api/staff/login"] button[type="submit"]').click();
}

/** Signs in with a password and waits until the sign-in page is left behind. */
export async function signInWithPassword(page: Page, user: Credentials, path = "/staff/login") {
  await submitPassword(page, user, path);
  await expect(page).not.toHaveURL(/\/staff\/login/);
}

export async function signInAs(page: Page, who: keyof typeof USERS) {
  await page.context().clearCookies();
  await submitPassword(page, { email: USERS[who][0], password: USERS[who][1] });
  await expect(page.getByRole("button", { name: "Logga ut" }).first()).toBeVisible();
}

export async function openCase(page: Page, number: string) {
  await page.goto(`/staff/cases?status=OPEN&q=${encodeURIComponent(number)}`);
  await page.getByRole("link", { name: number }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(number);
}

/** Signs in as `who` and opens the case `number`. */
export async function openCaseAs(page: Page, who: keyof typeof USERS, number: string) {
  await signInAs(page, who);
  await openCase(page, number);
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

/** On the case page (as lots, after the experts): the presentation is booked, then recorded. */
export async function present(page: Page, booking: Record<"date" | "time" | "place", string>, notes: string) {
  await act(page, "bookPresentation", booking);
  await act(page, "recordPresentation", { notes });
}

/**
 * On the case page (as lots, after the presentation): the proposal is submitted with every
 * criterion answered `criteria`; then the case is opened as the director, who decides next.
 */
export async function proposeToDirector(
  page: Page,
  number: string,
  proposal: Record<"recommended" | "motivation" | "resources", string>,
  criteria: "yes" | "unclear",
) {
  await act(page, "submitProposal", async (f) => {
    await fillFields(f, proposal);
    for (const radio of await f.locator(`input[type="radio"][value="${criteria}"]`).all())
      await radio.check();
  });
  await openCaseAs(page, "director", number);
}
