import { expect, test, type Page } from "@playwright/test";

/** Starts a new draft and opens one section of the form. */
async function openSection(page: Page, section: string) {
  await page.goto("/forfragan");
  await page.locator('form[action="/api/intake/start"] button').click();
  await page.goto(`/forfragan/avsnitt/${section}`);
}

test("with JavaScript, a field is checked as soon as it is left, and the draft saves itself", async ({
  page,
}) => {
  await openSection(page, "organisation");
  // The checks listen once the page has hydrated; a field left before then is only checked on submit.
  await expect(page.locator("[data-enhanced]")).toBeAttached();
  await page.locator("#organisation-orgNumber").fill("802412-3451");
  await page.keyboard.press("Tab");
  const message = page.locator('[data-inline-error="orgNumber"]');
  await expect(message).toHaveText("Organisationsnumret stämmer inte. Kontrollera siffrorna.");
  await expect(page.locator("#organisation-orgNumber")).toHaveAttribute("aria-invalid", "true");
  await page.locator("#organisation-orgNumber").fill("802412-3450");
  await page.keyboard.press("Tab");
  await expect(message).toHaveCount(0);

  // Autosave: what was typed is there after a reload, without pressing any button.
  await page.locator("#organisation-name").fill("Autosparade föreningen");
  // The save that carries the name: the saves on leaving the number field may still be answering.
  const saved = page.waitForResponse(
    (r) =>
      r.url().includes("/api/intake/section/organisation") &&
      r.request().headers()["x-autosave"] === "1" &&
      (r.request().postData() ?? "").includes("Autosparade"),
  );
  await page.keyboard.press("Tab"); // leaving the field saves at once
  expect((await saved).status()).toBe(200);
  await expect(page.getByRole("status").filter({ hasText: "Sparat" })).toBeVisible();
  await page.reload();
  await expect(page.locator("#organisation-name")).toHaveValue("Autosparade föreningen");
  await expect(page.locator("#organisation-orgNumber")).toHaveValue("802412-3450");
});

test("text typed into a saved answer before the page's JavaScript runs is kept when it runs", async ({
  page,
}) => {
  await openSection(page, "activities");
  const box = page.locator("#activities-activities");
  await box.fill("Det sparade svaret.");
  await page.getByRole("button", { name: "Spara och gå till översikten" }).click();
  await expect(page).toHaveURL(/\/forfragan\/oversikt/);

  // The page's scripts are held back while the saved answer is edited, as on a slow connection.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/chunks/**", async (route) => {
    await held;
    await route.continue();
  });
  // "commit": the page is read as it arrives; its deferred scripts would hold back "domcontentloaded".
  await page.goto("/forfragan/avsnitt/activities", { waitUntil: "commit" });
  await expect(box).toHaveValue("Det sparade svaret.");
  await box.fill("Det sparade svaret, ändrat innan sidan blev interaktiv.");
  release();
  await expect(page.locator("[data-enhanced]")).toBeAttached();
  await expect(box).toHaveValue("Det sparade svaret, ändrat innan sidan blev interaktiv.");
});
