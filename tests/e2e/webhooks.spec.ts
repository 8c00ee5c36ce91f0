import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { openAdminSection } from "./support/admin";
import { ADMIN, signInWithPassword } from "./support/staff";

// Webhooks to a diarium: an administrator adds a receiver (a wrong address is refused with an error
// summary), sees its secret once, sees the delivery of the next registered case, pauses the
// receiver; the page passes axe in Swedish and English. Delivery itself is covered against a real
// receiver in tests/integration/webhooks.test.ts.

test("an administrator adds a receiver, sees its secret once and its deliveries, and pauses it", async ({
  page,
}) => {
  const id = randomUUID().slice(0, 8);
  // Port 9 (discard) on the loopback: nothing answers, so deliveries wait for retries.
  const url = `http://127.0.0.1:9/lotsen-${id}`;
  await signInWithPassword(page, ADMIN);
  await openAdminSection(page, "/staff/admin/users", "Webbhookar", "Webbhookar till diariet");
  await expectNoA11yViolations(page);

  // A wrong scheme: an error summary linking to the field, the typed address kept, nothing added.
  const add = page.locator('form[action="/api/staff/admin/webhooks"]');
  await add.getByLabel("Adress (URL)").fill(`ftp://diarium.example.se/${id}`);
  await add.getByRole("button", { name: "Lägg till mottagaren" }).click();
  await expect(page.locator("#fel").getByRole("link")).toHaveText(
    "Adressen måste börja med https:// eller http://.",
  );
  await expect(page.locator("#new-url")).toHaveValue(`ftp://diarium.example.se/${id}`);
  await expect(page.locator("#new-url")).toHaveAttribute("aria-invalid", "true");
  await expectNoA11yViolations(page);

  await page.locator("#new-url").fill(url);
  await page.locator('form[action="/api/staff/admin/webhooks"] button[type="submit"]').click();
  await expect(page.getByRole("status")).toHaveText("Mottagaren är tillagd.");
  const secret = page.locator("[data-webhook-secret]");
  await expect(secret).toHaveText(/^whsec_[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole("heading", { name: `Hemligheten för ${url}` })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole("button", { name: "Jag har sparat hemligheten" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Webbhookar till diariet");
  await expect(secret).toHaveCount(0);
  await page.reload();
  await expect(secret).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 3, name: url })).toBeVisible();

  // The next registered case is queued for the receiver and shows in the delivery list.
  await page.goto("/fraga");
  await page.locator("#question-name").fill("Kim Frågare");
  await page.locator("#question-email").fill(`hook-${id}@org.test`);
  await page.locator("#question-question").fill("Hur anmäler vi en lokal?");
  await page.locator('form[action="/api/question"] button[type="submit"]').click();
  await expect(page.getByTestId("registration-number")).toBeVisible();
  await page.goto("/staff/admin/webhooks");
  const row = page
    .locator("[data-webhook-deliveries] tbody tr")
    .filter({ hasText: url })
    .filter({ hasText: "case.registered" });
  await expect(row).toHaveCount(1);

  // Pausing it: the receiver gets nothing more until it is turned on again.
  const section = page.locator("section").filter({ has: page.getByRole("heading", { level: 3, name: url }) });
  await section.locator("summary").click();
  await section.getByLabel("Aktiv (avmarkera för att pausa leveranserna)").uncheck();
  await section.getByRole("button", { name: "Spara ändringarna" }).click();
  await expect(page.getByRole("status")).toHaveText("Ändringarna är sparade.");
  await expect(section).toContainText("Nej, pausad");

  await page.goto("/en/staff/admin/webhooks");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Webhooks to the records system");
  await expect(page.getByRole("heading", { level: 3, name: url })).toBeVisible();
  await expectNoA11yViolations(page);
});
