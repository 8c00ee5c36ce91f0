import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { extractLinks, waitForMail } from "./support/mailbox";
import { ADMIN, signInWithPassword } from "./support/staff";

// Administration: inviting a staff member, who sets a password from the mailed link and signs in;
// disabling ends their session; the workflow settings; accessibility in both languages.

test("an admin invites an expert, who sets a password, signs in and is disabled again", async ({
  page,
  browser,
}) => {
  const id = randomUUID().slice(0, 8);
  const name = `Ida Expert ${id}`;
  const email = `expert-${id}@lotsen.example`;
  await signInWithPassword(page, ADMIN);
  await page.getByRole("link", { name: "Administration" }).click();
  await expect(page).toHaveURL(/\/staff\/admin\/users$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Användare");

  // Errors first: nothing filled in, and an expert without a kind.
  await page.locator("#invite-roles-EXPERT").check();
  await page.getByRole("button", { name: "Skicka inbjudan" }).click();
  await expect(page).toHaveTitle(/^Fel: Användare/);
  const summary = page.locator("#fel");
  await expect(summary.getByRole("link", { name: "Skriv namnet" })).toHaveAttribute("href", "#invite-name");
  await expect(summary.getByRole("link", { name: "Välj typ av expert" })).toBeVisible();
  await expect(page.locator("#invite-name")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#invite-roles-EXPERT")).toBeChecked(); // the choice survives the round trip

  await page.locator("#invite-name").fill(name);
  await page.locator("#invite-email").fill(email);
  await page.locator("#invite-expertKind").selectOption("LAWYER");
  await page.getByRole("button", { name: "Skicka inbjudan" }).click();
  await expect(page.getByRole("status")).toHaveText("Inbjudan är skickad.");
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row).toContainText("Inbjuden");
  await expect(row).toContainText("Jurist");

  const mail = await waitForMail((m) => m.to.includes(email));
  expect(mail.subject).toBe("Inbjudan till Civilsamhälleslotsen");
  const link = extractLinks(mail.text).find((l) => l.includes("/staff/set-password?token="));
  expect(link).toBeTruthy();

  // The invitee, in a browser of their own.
  const context = await browser.newContext();
  const invitee = await context.newPage();
  await invitee.goto(link!);
  await expect(invitee.getByRole("heading", { level: 1 })).toHaveText("Välj lösenord");
  await invitee.locator("#password").fill("password123");
  await invitee.locator("#confirm").fill("password123");
  await invitee.getByRole("button", { name: "Spara lösenord" }).click();
  await expect(invitee).toHaveTitle(/^Fel: Välj lösenord/);
  await expect(invitee.locator("#fel")).toContainText("Lösenordet är för vanligt");
  await expect(invitee.locator("#password")).toHaveAttribute("aria-invalid", "true");

  const password = `grön-älg-${id}-springer`;
  await invitee.locator("#password").fill(password);
  await invitee.locator("#confirm").fill(`${password}x`);
  await invitee.getByRole("button", { name: "Spara lösenord" }).click();
  await expect(invitee.locator("#fel")).toContainText("Lösenorden är inte likadana");

  await invitee.locator("#password").fill(password);
  await invitee.locator("#confirm").fill(password);
  await invitee.getByRole("button", { name: "Spara lösenord" }).click();
  await expect(invitee).toHaveURL(/\/staff\/login$/);
  await signInWithPassword(invitee, { email, password });
  await expect(invitee.getByRole("navigation").getByText(`Inloggad som ${name}`)).toBeVisible();
  await expect(invitee.getByRole("link", { name: "Administration" })).toHaveCount(0);

  // The link was spent by setting the password.
  const again = await context.newPage();
  await again.goto(link!);
  await expect(again.getByRole("heading", { level: 1 })).toHaveText("Länken fungerar inte");

  // Disabling ends the invitee's session at once.
  await page.reload();
  await page.getByRole("button", { name: `Stäng av ${name}` }).click();
  await expect(page.getByRole("status")).toContainText("Kontot är avstängt");
  await invitee.goto("/staff");
  await expect(invitee).toHaveURL(/\/staff\/login$/);
  await context.close();
});

test("the workflow settings are validated and saved", async ({ page }) => {
  await signInWithPassword(page, ADMIN, "/staff/login?callbackUrl=%2Fstaff%2Fadmin%2Fsettings");
  await expect(page).toHaveURL(/\/staff\/admin\/settings$/);
  const received = page.locator("#days-RECEIVED");
  const before = await received.inputValue();
  await received.fill("0");
  await page.getByRole("button", { name: "Spara inställningarna" }).click();
  await expect(page).toHaveTitle(/^Fel: Inställningar för arbetsflödet/);
  await expect(page.locator("#fel").getByRole("link")).toHaveAttribute("href", "#days-RECEIVED");
  await expect(received).toHaveValue("0");
  await expect(received).toHaveAttribute("aria-invalid", "true");
  await received.fill(before);
  await page.getByRole("button", { name: "Spara inställningarna" }).click();
  await expect(page.getByRole("status")).toHaveText("Inställningarna är sparade.");
  await expect(received).toHaveValue(before);
});

test("the administration pages have no accessibility violations in Swedish and English", async ({ page }) => {
  await signInWithPassword(page, ADMIN);
  for (const prefix of ["", "/en"]) {
    for (const path of ["/staff/admin/users", "/staff/admin/settings"]) {
      await page.goto(`${prefix}${path}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoA11yViolations(page);
    }
    // With errors shown.
    await page.goto(`${prefix}/staff/admin/users`);
    await page.locator("#invite-roles-EXPERT").check();
    await page.locator("#invite-name").press("Enter");
    await expect(page.locator("#fel")).toBeVisible();
    await expectNoA11yViolations(page);
  }
  await page.goto("/en/staff/admin/users");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Users");
});
