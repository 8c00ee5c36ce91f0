import { expect, type Page } from "@playwright/test";

export interface NewBudgetLine {
  /** The party, by its label or by its position in the list (0 is the empty choice). */
  party: { label: string } | { index: number };
  year: string;
  kind: string;
  description: string;
  quantity: string;
  unit?: string;
  price: string;
}

/** Adds one line through the budget page's "new line" form (the page must be open). */
export async function addBudgetLine(page: Page, line: NewBudgetLine) {
  const form = page.locator("#line-new");
  await form.locator('select[name="partyId"]').selectOption(line.party);
  await form.locator('input[name="year"]').fill(line.year);
  await form.locator('select[name="kind"]').selectOption(line.kind);
  await form.locator('input[name="description"]').fill(line.description);
  await form.locator('input[name="quantity"]').fill(line.quantity);
  await form.locator('input[name="unit"]').fill(line.unit ?? "");
  await form.locator('input[name="unitPriceSek"]').fill(line.price);
  await form.getByRole("button", { name: "Lägg till raden" }).click();
  await expect(page.getByRole("status")).toContainText("Sparat");
}

/** A money line for the second party in the list and a material line for the first, in 2026. */
export async function addTwoBudgetLines(page: Page, money: string, material: string) {
  for (const [index, kind, description, price] of [
    [2, "MONEY", "Verksamhetsstöd", money],
    [1, "MATERIAL", "Material", material],
  ] as const)
    await addBudgetLine(page, {
      party: { index },
      year: "2026",
      kind,
      description,
      quantity: "1",
      unit: "st",
      price,
    });
}
