import { expect, type Page } from "@playwright/test";

// A partnership's pages in end-to-end tests: a new one through the staff form, and its money page.

/** The id of the partnership whose page is open. */
export const openPartnershipId = (page: Page) =>
  page.url().split("/staff/partnerships/")[1]!.split(/[?#]/)[0]!;

/** Fills and sends the new-partnership form (the page must be open); returns the new partnership's id. */
export async function submitNewPartnership(page: Page, title: string, civilName: string, year: number) {
  await page.locator("#new-title").fill(title);
  await page.locator("#new-civilName").fill(civilName);
  await page.locator("#new-startDate").fill(`${year}-01-01`);
  await page.locator("#new-endDate").fill(`${year}-12-31`);
  await page.locator('form[action="/api/staff/partnerships"] button[type="submit"]').click();
  await expect(page).toHaveURL(/\/staff\/partnerships\/[0-9a-f-]{36}/);
  return openPartnershipId(page);
}

/** On the money page: 2026's plan split evenly into `count` instalments, `monthsBetween` apart. */
export async function splitPlanEvenly(
  page: Page,
  count: number,
  firstDueDate: string,
  monthsBetween: number,
) {
  const plan = page.getByTestId("plan-2026");
  await plan.locator('input[name="count"]').fill(String(count));
  await plan.locator('input[name="firstDueDate"]').fill(firstDueDate);
  await plan.locator('input[name="monthsBetween"]').fill(String(monthsBetween));
  await plan.getByRole("button", { name: "Dela och spara" }).click();
  await expect(page.getByTestId("plan-2026")).toContainText("Planen går jämnt ut.");
}
