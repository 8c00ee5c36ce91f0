import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { unzip } from "../support/unzip";
import { expectNoA11yViolations } from "./a11y";
import { signInAs } from "./support/staff";

// The register of a case's documents: lots marks one secret; the registrar releases the list (the
// secret one left out until a secrecy review is confirmed) and makes the archive package of the
// closed demo case (lib/server/db/records-seed.ts).

const CLOSED = "Språkcafé och samhällsorientering på biblioteket";

async function downloaded(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  return readFile((await download.path())!);
}

async function axeBothLanguages(page: Page) {
  const path = new URL(page.url()).pathname;
  await expectNoA11yViolations(page);
  await page.goto(`/en${path}`);
  await expectNoA11yViolations(page);
  await page.goto(path);
}

test.describe.configure({ mode: "serial" });

let documentsPath = "";

test("lots sees the closed case's documents in order and marks one as possibly secret", async ({ page }) => {
  await signInAs(page, "lots");
  await page.goto("/staff/registry");
  await page
    .getByRole("row", { name: new RegExp(CLOSED) })
    .getByRole("link")
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Handlingar i");
  documentsPath = new URL(page.url()).pathname;
  const rows = page.getByRole("table", { name: "Registrerade handlingar" }).locator("tbody tr");
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0)).toContainText("Ansökan om samverkan");
  await expect(rows.nth(1)).toContainText("Meddelande från sökanden");
  await expect(rows.nth(3)).toContainText("Beslut: ansökan avslås");
  await axeBothLanguages(page);

  const message = rows.nth(1);
  await message.locator("summary").click();
  await message.getByLabel("Kan innehålla uppgifter som omfattas av sekretess enligt OSL").check();
  await message.getByLabel("Bestämmelse i OSL").fill("");
  await message.getByRole("button", { name: /Spara markeringen/ }).click();
  await expect(page.locator("#fel")).toContainText("Skriv vilken bestämmelse i OSL som kan gälla");
  await expectNoA11yViolations(page);
  await message.getByLabel("Bestämmelse i OSL").fill("OSL 21:1");
  await message.getByRole("button", { name: /Spara markeringen/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Markeringen är sparad." })).toBeVisible();
  await expect(rows.nth(1)).toContainText("Kan innehålla uppgifter som omfattas av sekretess (OSL 21:1)");
});

test("the registrar releases the list without the secret document until the review is confirmed, and archives the case", async ({
  page,
}) => {
  await signInAs(page, "registrar");
  await page.goto("/staff");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Diarium");
  await axeBothLanguages(page);
  const number = (await page
    .getByRole("row", { name: new RegExp(CLOSED) })
    .getByRole("link")
    .textContent())!;
  await page.getByRole("textbox", { name: "Diarienummer" }).fill(number);
  await page.getByRole("button", { name: "Sök" }).click();
  await page.getByRole("region", { name: "Sökresultat" }).getByRole("link", { name: number }).click();
  await expect(page).toHaveURL((url) => url.pathname === documentsPath);
  await expect(page.getByRole("button", { name: /Spara markeringen/ })).toHaveCount(0); // lots marks
  await axeBothLanguages(page);

  const csv = (
    await downloaded(page, () => page.getByRole("button", { name: "Hämta förteckningen som CSV" }).click())
  ).toString("utf8");
  expect(csv).toContain(`"${number}-1"`);
  expect(csv).not.toContain("Meddelande från sökanden");
  await page
    .getByRole("checkbox", { name: /sekretessprövning/ })
    .first()
    .check();
  const reviewed = (
    await downloaded(page, () => page.getByRole("button", { name: "Hämta förteckningen som CSV" }).click())
  ).toString("utf8");
  expect(reviewed).toContain("Meddelande från sökanden");
  expect(reviewed).toContain("OSL 21:1");

  await page
    .getByLabel("Handling", { exact: true })
    .selectOption({ label: `${number}-2 Meddelande från sökanden (OSL 21:1)` });
  await page.getByRole("button", { name: "Hämta handlingen" }).click();
  await expect(page.locator("#fel")).toContainText("Handlingen är sekretessmarkerad");
  await expectNoA11yViolations(page);

  const zip = await downloaded(page, () => page.getByRole("button", { name: "Skapa arkivpaket" }).click());
  const files = unzip(zip);
  expect([...files.keys()]).toEqual(expect.arrayContaining(["metadata.json", "sha256sums.txt"]));
  const metadata = JSON.parse(new TextDecoder().decode(files.get("metadata.json")!));
  expect(metadata.case).toMatchObject({ registrationNumber: number, outcome: "DECLINED" });
  expect(metadata.case.documents).toHaveLength(4);
  expect(metadata.case.documents[1].secrecy).toBe("OSL 21:1");
});
