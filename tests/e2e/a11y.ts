import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Runs axe-core against WCAG 2.1 A and AA (and best practice) and fails on any violation. */
export async function expectNoA11yViolations(page: Page) {
  // A click on a link returns once the navigation has started; scanning then would read the page
  // half-replaced (the failure seen was a document without its <title>). Every page has a title.
  await page.waitForLoadState("load");
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(", ")})`,
  );
  expect(summary).toEqual([]);
}
