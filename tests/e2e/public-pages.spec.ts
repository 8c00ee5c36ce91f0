import { expect, test } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";

const PAGES = [
  {
    sv: "/",
    en: "/en",
    svHeading: "Har er organisation en idé?",
    enHeading: "Does your organisation have an idea?",
  },
  {
    sv: "/integritet",
    en: "/en/privacy",
    svHeading: "Så hanterar vi personuppgifter",
    enHeading: "How we handle personal data",
  },
  {
    sv: "/tillganglighet",
    en: "/en/accessibility",
    svHeading: "Tillgänglighetsredogörelse",
    enHeading: "Accessibility statement",
  },
  { sv: "/finns-inte", en: "/en/does-not-exist", svHeading: "Sidan finns inte", enHeading: "Page not found" },
];

for (const p of PAGES) {
  test(`${p.sv} has no accessibility violations in Swedish and English`, async ({ page }) => {
    await page.goto(p.sv);
    await expect(page.locator("html")).toHaveAttribute("lang", "sv");
    await expect(page.getByRole("heading", { level: 1 })).toContainText(p.svHeading);
    await expectNoA11yViolations(page);

    await page.goto(p.en);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toContainText(p.enHeading);
    await expectNoA11yViolations(page);
  });
}

test("the start page explains the six steps and the two ways in", async ({ page }) => {
  await page.goto("/");
  const steps = page.getByRole("region", { name: "Så går det till, steg för steg" }).getByRole("listitem");
  await expect(steps).toHaveCount(6);
  await expect(steps.nth(0)).toContainText("Inkommen");
  await expect(steps.nth(2)).toContainText("vid behov");
  await expect(steps.nth(5)).toContainText("Integrationsutskottet");
  await expect(page.getByRole("heading", { name: "Skicka en idé om samarbete" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Eller vill ni bara ställa en fråga?" })).toBeVisible();
});

test("the language switch keeps the page and works with the keyboard", async ({ page }) => {
  await page.goto("/tillganglighet");
  await page.getByRole("link", { name: "In English" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/en\/accessibility$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accessibility statement");
  await page.getByRole("link", { name: "På svenska" }).click();
  await expect(page).toHaveURL(/\/tillganglighet$/);
});

test("the footer links to the privacy notice and the accessibility statement", async ({ page }) => {
  await page.goto("/en");
  const footer = page.getByRole("contentinfo");
  await footer.getByRole("link", { name: "How we handle personal data" }).click();
  await expect(page).toHaveURL(/\/en\/privacy$/);
  await page.getByRole("contentinfo").getByRole("link", { name: "Accessibility statement" }).click();
  await expect(page.getByRole("link", { name: /Digg/ })).toHaveAttribute(
    "href",
    "https://www.digg.se/tdosanmalan",
  );
  for (const text of [
    "partially compliant",
    "Content that is not accessible",
    "Report a problem",
    "How we tested",
    "last updated",
  ]) {
    await expect(page.getByText(text, { exact: false }).first()).toBeVisible();
  }
});

test("the skip link moves focus to the main content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Hoppa till huvudinnehållet" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});
