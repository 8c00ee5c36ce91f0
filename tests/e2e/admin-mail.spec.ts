import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { openAdminSection } from "./support/admin";
import { waitForMail } from "./support/mailbox";
import { ADMIN, credentials, signInWithPassword } from "./support/staff";

// Administration of mail: an administrator edits an email's text, previews it (with and without
// JavaScript), saves it, and the next mail of that kind carries it; the outbox shows a failed mail
// and sends it again; other roles are refused.

const LOTS = credentials("LOTS");
const EDIT = "/staff/admin/email-texts/questionReceipt";

const swedish = (page: Page) => page.locator('section[aria-labelledby="title-sv"]');
const english = (page: Page) => page.locator('section[aria-labelledby="title-en"]');

test("an admin edits, previews and saves a subject; the next mail of that kind carries it", async ({
  page,
  browser,
}) => {
  const id = randomUUID().slice(0, 8);
  await signInWithPassword(page, ADMIN);
  await openAdminSection(page, "/staff/admin/users", "Mejltexter", "Mejltexter");
  await expectNoA11yViolations(page);
  await page.getByRole("link", { name: "Kvitto på fråga" }).click();
  await expect(page).toHaveURL(new RegExp(`${EDIT}$`));
  await expect(page.getByText("{statusLink}", { exact: true })).toBeVisible();

  // An unknown placeholder and a missing link: clear errors, nothing saved, the typed text kept.
  const sv = swedish(page);
  await sv.getByLabel("Ämne").fill(`Er fråga {nummer} ${id}`);
  await sv.getByRole("button", { name: "Spara" }).click();
  await expect(page).toHaveTitle(/^Fel: Kvitto på fråga/);
  await expect(page.locator("#fel").getByRole("link")).toHaveText(/platshållaren ”\{nummer\}”/);
  await expect(swedish(page).getByLabel("Ämne")).toHaveValue(`Er fråga {nummer} ${id}`);
  await expect(swedish(page).getByLabel("Ämne")).toHaveAttribute("aria-invalid", "true");
  await expectNoA11yViolations(page);
  const body = await swedish(page).getByLabel("Text").inputValue();
  await swedish(page).getByLabel("Text").fill(body.replace("{statusLink}", ""));
  await swedish(page).getByLabel("Ämne").fill(`Er fråga {number} ${id}`);
  await swedish(page).getByRole("button", { name: "Spara" }).click();
  await expect(page.locator("#fel").getByRole("link")).toHaveText(/\{statusLink\}/);

  // Preview with sample data; the text is not saved yet.
  await swedish(page).getByLabel("Text").fill(body);
  await swedish(page).getByLabel("Ämne").fill(`Vi har fått er fråga {number} (${id})`);
  await swedish(page).getByRole("button", { name: "Förhandsgranska" }).click();
  const preview = page.getByRole("region", { name: "Förhandsgranskning på svenska" });
  await expect(preview).toContainText(`Ämne: Vi har fått er fråga KS 2026/0042 (${id})`);
  await expect(preview).toContainText("/status/EXEMPEL");
  await expect(page.getByText("Standardtexten används.").first()).toBeVisible();
  await expectNoA11yViolations(page);
  await swedish(page).getByRole("button", { name: "Spara" }).click();
  await expect(page.getByRole("status")).toHaveText("Texten är sparad.");
  await expect(swedish(page).getByLabel("Ämne")).toHaveValue(`Vi har fått er fråga {number} (${id})`);

  await previewWithoutJavaScript(browser, id);

  // The next question's receipt carries the saved subject.
  const email = `fraga-${id}@org.test`;
  await page.goto("/fraga");
  await page.locator("#question-name").fill("Kim Frågare");
  await page.locator("#question-email").fill(email);
  await page.locator("#question-question").fill("Hur söker vi föreningsbidrag?");
  await page.locator('form[action="/api/question"] button[type="submit"]').click();
  const number = (await page.getByTestId("registration-number").textContent())!.trim();
  const mail = await waitForMail((m) => m.to.includes(email));
  expect(mail.subject).toBe(`Vi har fått er fråga ${number} (${id})`);
  // A receipt goes to an address nobody has confirmed: it never quotes what the sender wrote.
  expect(mail.text).not.toContain("Hur söker vi föreningsbidrag?");

  // Back to the default, so other tests see the texts they expect.
  await page.goto(EDIT);
  await swedish(page).getByRole("button", { name: "Återställ standardtext" }).click();
  await expect(page.getByRole("status")).toHaveText("Standardtexten används igen.");
  await expect(swedish(page).getByLabel("Ämne")).toHaveValue("Kvitto: er fråga {number} har tagits emot");
  await expect(page.getByRole("link", { name: "Alla mejltexter" })).toBeVisible();
});

/** The preview is a plain form post answered by a redirect: no script needed. */
async function previewWithoutJavaScript(browser: Browser, id: string) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signInWithPassword(page, ADMIN);
  await page.goto(EDIT);
  await english(page).getByLabel("Ämne").fill(`We got your question {number} (${id})`);
  await english(page).getByRole("button", { name: "Förhandsgranska" }).click();
  await expect(page.getByRole("region", { name: "Förhandsgranskning på engelska" })).toContainText(
    `Ämne: We got your question KS 2026/0042 (${id})`,
  );
  await expect(english(page).getByLabel("Ämne")).toHaveValue(`We got your question {number} (${id})`);
  await context.close();
}

test("the email text pages pass axe in English, with a preview and with errors", async ({ page }) => {
  await signInWithPassword(page, ADMIN);
  await page.goto("/en/staff/admin/email-texts");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Email texts");
  await expectNoA11yViolations(page);
  await page.goto(`/en${EDIT}`);
  await swedish(page).getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("region", { name: "Preview in Swedish" })).toBeVisible();
  await expectNoA11yViolations(page);
  await english(page).getByLabel("Subject").fill("{oops");
  await english(page).getByRole("button", { name: "Save" }).click();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.locator("#fel")).toContainText("curly bracket");
  await expectNoA11yViolations(page);
});

test("the outbox lists a failed mail, masked, and sends it again", async ({ page }) => {
  const id = randomUUID().slice(0, 8);
  // The test mail server refuses this address for good the first time (tests/support/smtp-sink.ts).
  const to = `bounce-once-${id}@org.test`;
  await page.goto("/fraga");
  await page.locator("#question-name").fill("Kim Studsare");
  await page.locator("#question-email").fill(to);
  await page.locator("#question-question").fill("Får vi låna en lokal till en sommarkurs?");
  await page.locator('form[action="/api/question"] button[type="submit"]').click();
  await expect(page).toHaveURL(/\/fraga\/kvitto/);

  await signInWithPassword(page, ADMIN);
  // The worker tries at once, the server answers 550, and the mail is marked failed.
  const row = () => page.getByRole("row").filter({ hasText: "b***@org.test" }).filter({ hasText: "550" });
  await expect(async () => {
    await page.goto("/staff/admin/outbox");
    await expect(row().first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expect(row().first()).toContainText("Misslyckades");
  await expect(page.getByText(to)).toHaveCount(0);
  await expectNoA11yViolations(page);
  await page.goto("/en/staff/admin/outbox");
  await expect(row().first()).toBeVisible();
  await expectNoA11yViolations(page);

  await page.goto("/staff/admin/outbox");
  await row()
    .first()
    .getByRole("button", { name: /Skicka igen/ })
    .click();
  await expect(page.getByRole("status")).toHaveText("Mejlet skickas igen inom kort.");
  const mail = await waitForMail((m) => m.to.includes(to));
  // A failed mail keeps its status link until it is sent (only then is it redacted from the outbox).
  expect(mail.text).toMatch(/\/status\/[A-Za-z0-9_-]{43}/);
});

test("other roles are refused the mail administration pages and routes", async ({ page }) => {
  await signInWithPassword(page, LOTS);
  for (const path of ["/staff/admin/email-texts", EDIT, "/staff/admin/outbox", "/en/staff/admin/outbox"]) {
    const response = await page.goto(path);
    expect([403, 404]).toContain(response!.status());
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(/Mejltexter|Utkorg|Outbox|Kvitto/);
  }
  const origin = new URL(page.url()).origin;
  for (const route of [
    "/api/staff/admin/email-texts/questionReceipt",
    `/api/staff/admin/outbox/${randomUUID()}/retry`,
  ]) {
    const response = await page.request.post(route, {
      form: { locale: "sv", textLocale: "sv", intent: "save", subject: "x {number}", body: "{statusLink}" },
      headers: { Origin: origin },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(403);
  }
});
