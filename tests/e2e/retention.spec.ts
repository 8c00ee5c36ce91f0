import { expect, test, type Page } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { openAdminSection } from "./support/admin";
import { ADMIN, signInAs, signInWithPassword } from "./support/staff";

// Records management: a case opened by lotsen shows in the read log an administrator searches; a
// legal hold is set and cleared; the retention schedule refuses a bad period with an error summary,
// saves a good one, shows its dry run and runs on request. Every new page passes axe in sv and en.

async function signInAsAdmin(page: Page) {
  await page.context().clearCookies();
  await signInWithPassword(page, ADMIN);
}

const stockholmDay = () => new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" });

test("a case lotsen opens is in the read log; a legal hold is set and cleared", async ({ page }) => {
  await signInAs(page, "lots");
  await page.goto("/staff/cases");
  await page.locator("table tbody tr a[href*='/staff/cases/']").first().click();
  await expect(page).toHaveURL(/\/staff\/cases\/[0-9a-f-]{36}$/);
  const number = (await page.getByRole("heading", { level: 1 }).textContent())?.match(
    /[A-ZÅÄÖ]+ \d{4}\/\d{4}/,
  )?.[0];
  expect(number).toBeTruthy();

  // A hold, then (so the demo case is left as it was) cleared again; both are on the page.
  await page.goto("/staff/legal-hold");
  await expectNoA11yViolations(page);
  await page.getByLabel("Diarienummer").fill(number!);
  await page.getByLabel("Skäl").fill("Begäran från revisionen");
  await page.getByRole("button", { name: "Sätt bevarandeorder" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Bevarandeordern är satt." })).toBeVisible();
  await expect(page.getByRole("table", { name: "Ärenden med bevarandeorder" })).toContainText(number!);
  await page.getByLabel("Diarienummer").fill(number!);
  await page.getByLabel("Skäl").fill("Revisionen är klar");
  await page.getByRole("button", { name: "Häv bevarandeorder" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Bevarandeordern är hävd." })).toBeVisible();
  // An unknown number: an error summary, nothing changed.
  await page.getByLabel("Diarienummer").fill("XX 1999/9999");
  await page.getByLabel("Skäl").fill("Prov");
  await page.getByRole("button", { name: "Sätt bevarandeorder" }).click();
  await expect(page.locator("#fel").getByRole("link")).toHaveText(
    "Diarienummer: Inget ärende har det diarienumret.",
  );
  await expectNoA11yViolations(page);
  await page.goto("/en/staff/legal-hold");
  await expectNoA11yViolations(page);

  await signInAsAdmin(page);
  await page.goto("/staff/admin/read-log");
  await page.getByLabel("Diarienummer").fill(number!);
  await page.getByLabel("Från och med").fill(stockholmDay());
  await page.getByRole("button", { name: "Sök" }).click();
  const log = page.getByRole("table", { name: "Läsloggen, senaste först" });
  await expect(log.getByRole("row").filter({ hasText: number! }).first()).toContainText(/^.*Ärende/);
  await expectNoA11yViolations(page);
  await page.goto(`/en/staff/admin/read-log?case=${encodeURIComponent(number!)}`);
  await expect(page.getByRole("table", { name: "The read log, newest first" })).toContainText(number!);
  await expectNoA11yViolations(page);
});

test("the retention schedule: a bad period is refused with an error summary, a good one saved; the dry run and run now", async ({
  page,
}) => {
  await signInAsAdmin(page);
  await openAdminSection(page, "/staff/admin/settings", "Gallring", "Gallring");
  const dry = page.getByRole("table", { name: "Vad nästa gallring berör, per slags uppgift" });
  await expect(dry.getByRole("row", { name: /Beviljade förfrågningar/ })).toContainText(
    "Bevaras, inget gallras",
  );
  await expect(dry.getByRole("row")).toHaveCount(8);
  await expectNoA11yViolations(page);

  const drafts = page.locator("#drafts-days");
  await drafts.fill("0");
  await page.getByRole("button", { name: "Spara gallringsplanen" }).click();
  await expect(page).toHaveTitle(/^Fel: Gallring/);
  await expect(page.locator("#fel").getByRole("link")).toHaveText(
    "Utkast som aldrig skickats: Ange ett helt antal dagar, från 1 till 36 500.",
  );
  await expect(drafts).toHaveValue("0");
  await expect(drafts).toHaveAttribute("aria-invalid", "true");
  await expectNoA11yViolations(page);

  await drafts.fill("90");
  await page.getByRole("button", { name: "Spara gallringsplanen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Gallringsplanen är sparad." })).toBeVisible();
  await page.getByRole("button", { name: "Kör gallringen nu" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Gallringen är körd." })).toBeVisible();

  await page.goto("/en/staff/admin/retention");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Retention");
  await expectNoA11yViolations(page);
  // The privacy notice shows the same schedule.
  await page.goto("/integritet");
  await expect(page.getByRole("listitem").filter({ hasText: "Utkast som aldrig skickats" })).toHaveText(
    "Utkast som aldrig skickats: raderas efter 90 dagar",
  );
});
