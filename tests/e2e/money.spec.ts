import { expect, test, type Page } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { addTwoBudgetLines } from "./support/budget";
import { splitPlanEvenly, submitNewPartnership } from "./support/partnership";
import { signInAs, unique } from "./support/staff";

// The money of a partnership (lib/domain/money.ts): a payment plan that must add up, a payment,
// actual costs that raise the significant-deviation flag, a dialogue that clears it, and a
// repayment claim, on a new partnership with the agreement template's municipal contribution of 500 tkr.

const NBSP = "\u00a0";

async function newPartnershipWithBudget(page: Page): Promise<string> {
  await page.goto("/staff/partnerships/new");
  const id = await submitNewPartnership(page, `Ekonomi ${unique()}`, "Föreningen Pengar", 2026);
  await page.getByRole("link", { name: "Ekonomi", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Ekonomi");
  await page.goto(`/staff/partnerships/${id}/budget`);
  await addTwoBudgetLines(page, "500000", "45000");
  return id;
}

test("staff make a payment plan, record a payment and actuals, see the deviation flag and record a claim", async ({
  page,
}) => {
  test.setTimeout(300_000);
  await signInAs(page, "lots");
  const id = await newPartnershipWithBudget(page);
  await page.goto(`/staff/partnerships/${id}/money`);
  await expectNoA11yViolations(page);
  const plan = page.getByTestId("plan-2026");
  await expect(plan).toContainText(`Planerat 0${NBSP}kr av 500${NBSP}000${NBSP}kr.`);

  // A plan that does not add up is refused, with the sum of what was typed beside it.
  await plan.getByText("Ändra planen").click();
  await plan.locator('input[name="due-0"]').fill("2026-02-01");
  await plan.locator('input[name="amount-0"]').fill("250 000");
  await plan.locator('input[name="due-1"]').fill("2026-08-01");
  await plan.locator('input[name="amount-1"]').fill("249 000");
  await plan.getByRole("button", { name: "Spara betalningsplanen" }).click();
  await expect(page.locator("#fel")).toContainText("Delbetalningarna blir inte exakt budgeten");
  await expect(page.getByTestId("plan-2026")).toContainText(`blir 499${NBSP}000${NBSP}kr`);
  await expect(page).toHaveTitle(/Något behöver rättas/);
  await expectNoA11yViolations(page);

  // Split evenly into four quarterly instalments.
  await splitPlanEvenly(page, 4, "2026-01-31", 3);
  await expect(page.getByTestId("plan-2026").getByRole("row")).toHaveCount(5);
  // The due dates have passed (the year is 2026): unpaid instalments are overdue.
  await expect(page.getByTestId("plan-2026").getByText("Försenad").first()).toBeVisible();

  // A payment against the first instalment.
  const payment = page.locator("#payment");
  await payment.locator('select[name="partyYear"]').selectOption({ index: 1 });
  await payment.locator('input[name="paidOn"]').fill("2026-02-03");
  await payment.locator('input[name="amount"]').fill("125000");
  await payment.locator('input[name="reference"]').fill("F-2026-17");
  await payment.locator('select[name="instalmentId"]').selectOption({ index: 1 });
  await payment.getByRole("button", { name: "Registrera utbetalningen" }).click();
  await expect(page.locator("#payments-h")).toBeVisible();
  await expect(page.getByRole("table", { name: "Registrerade utbetalningar" })).toContainText("F-2026-17");
  const row = page.getByTestId("money-row-2026").filter({ hasText: "2026" }).last();
  await expect(row.getByTestId("paid")).toHaveText(`125${NBSP}000${NBSP}kr`);

  // Actual costs: the contribution spent much faster than half a year's budget.
  await expect(page.getByTestId("deviation-clear")).toBeVisible();
  const actual = page.locator("#actual");
  const option = actual.locator('select[name="budgetLineId"] option', { hasText: "Verksamhetsstöd" });
  await actual.locator('select[name="budgetLineId"]').selectOption(await option.getAttribute("value"));
  await actual.locator('input[name="amount"]').fill("400 000");
  await actual.locator('input[name="spentOn"]').fill("2026-06-30");
  await actual.getByRole("button", { name: "Registrera utfallet" }).click();
  await expect(page.getByTestId("deviation-flag")).toBeVisible();
  await expect(row.getByTestId("spent")).toHaveText(`400${NBSP}000${NBSP}kr`);

  // The dialogue is held: the flag clears while the numbers stay as they are.
  const dialogue = page.locator("#dialogue");
  await dialogue.locator('textarea[name="note"]').fill("Fler deltagare än väntat; planen ses över.");
  await dialogue.getByRole("button", { name: "Registrera dialogen" }).click();
  await expect(page.getByTestId("deviation-clear")).toContainText("En dialog har hållits");

  // A repayment claim.
  const claim = page.locator("#claim");
  await claim.locator('input[name="amount"]').fill("20 000");
  await claim.locator('textarea[name="reason"]').fill("En resa som inte ingick i överenskommelsen.");
  await claim.locator('input[name="dueDate"]').fill("2099-12-31");
  await claim.getByRole("button", { name: "Registrera återkravet" }).click();
  const claims = page.getByRole("table", { name: "Återkrav" });
  await expect(claims).toContainText("En resa som inte ingick");
  await expect(claims).toContainText("Öppet");
  await expectNoA11yViolations(page);

  await page.goto(`/en/staff/partnerships/${id}/money`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Money");
  await expectNoA11yViolations(page);
  // English with an error summary.
  await page.locator("#claim").getByRole("button", { name: "Record the claim" }).click();
  await expect(page.locator("#fel")).toContainText("Fill in the field.");
  await expectNoA11yViolations(page);

  // The quarterly report and the dashboard show the money.
  await page.goto(`/staff/partnerships/${id}/report?period=2026-Q2`);
  await expect(page.getByRole("table", { name: /Budget, utbetalt, förbrukat/ })).toContainText(
    `125${NBSP}000${NBSP}kr`,
  );
  await page.goto("/staff/dashboard");
  await expect(page.getByTestId("dashboard-money")).toBeVisible();
});
