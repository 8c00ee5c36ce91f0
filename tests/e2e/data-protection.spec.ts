import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { pdfText } from "../support/pdf-text";
import { expectNoA11yViolations } from "./a11y";
import { sendQuickRequest } from "./support/intake";
import { act, openCaseAs, signInAs, unique } from "./support/staff";

// The data protection officer answers a register extract request (page, JSON, PDF) and an erasure
// request for a closed case. The identifier is posted, never put in an address.

async function download(page: Page, name: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
  return readFile((await file.path())!);
}

async function search(page: Page, value: string) {
  await page.locator("#value").fill(value);
  await page.getByRole("button", { name: "Ta fram registerutdrag" }).click();
}

test("a register extract as a page, JSON and PDF, then an erasure confirmed by the registration number", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const email = `dataskydd-${unique()}@org.test`;
  const { number } = await sendQuickRequest(page, email, "Samtalsgrupper, dataskydd");
  await openCaseAs(page, "lots", number);
  await act(page, "close", { reason: "Hänvisad till kulturförvaltningen." });

  await signInAs(page, "privacy");
  await page.goto("/staff/dataskydd");
  await expectNoA11yViolations(page);

  // A value that is not an address: an error summary, in the page's language, and nothing in the URL.
  await search(page, "inte-en-adress");
  await expect(page.locator("#fel")).toContainText("Skriv en e-postadress");
  expect(page.url()).not.toContain("inte-en-adress");
  await expectNoA11yViolations(page);

  await search(page, email.toUpperCase());
  const result = page.locator("#utdrag");
  const casesFound = result.getByRole("table", { name: "Ärenden där uppgiften finns" });
  await expect(casesFound.getByRole("row", { name: new RegExp(number) })).toBeVisible();
  await expect(result).toContainText("Kontaktperson");
  expect(page.url()).not.toContain(email.split("@")[0]!);
  await expectNoA11yViolations(page);

  const json = JSON.parse((await download(page, "Registerutdrag som JSON (maskinläsbart)")).toString("utf8"));
  expect(json.identifier).toEqual({ kind: "email", value: email });
  expect(json.cases.map((c: { registrationNumber: string }) => c.registrationNumber)).toEqual([number]);
  const kinds = new Set(json.items.map((i: { kind: string }) => i.kind));
  for (const kind of ["request", "contact", "mail"]) expect(kinds).toContain(kind);
  const pdf = await pdfText(new Uint8Array(await download(page, "Registerutdrag som PDF")));
  expect(pdf).toContain(number);
  expect(pdf).toContain(email);

  // The same extract in English (the identifier rides in the page's cookie).
  await page.goto("/en/staff/data-protection");
  await expect(
    page
      .getByRole("table", { name: "Cases where the value appears" })
      .getByRole("row", { name: new RegExp(number) }),
  ).toBeVisible();
  await expectNoA11yViolations(page);

  await page.goto("/staff/dataskydd");
  await page
    .locator("#utdrag")
    .getByRole("link", { name: `Rätta eller radera ${number}` })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(number);
  await expectNoA11yViolations(page);
  const caseUrl = new URL(page.url()).pathname;
  await page.goto(caseUrl.replace("/staff/dataskydd/arenden/", "/en/staff/data-protection/cases/"));
  await expectNoA11yViolations(page);
  await page.goto(caseUrl);

  // Rectification records that the phone changed, not the number itself.
  await page.locator("#phone").fill("070-111 22 33");
  await page.getByRole("button", { name: "Spara rättelsen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Kontaktuppgifterna är rättade." })).toBeVisible();

  // A wrong confirmation erases nothing; the number itself does.
  await page.locator("#confirmation").fill("KS 1999/0001");
  await page.getByRole("button", { name: "Radera personuppgifterna" }).click();
  await expect(page.locator("#fel")).toContainText("Skriv ärendets diarienummer");
  await expectNoA11yViolations(page);
  await page.locator("#confirmation").fill(number);
  await page.getByRole("button", { name: "Radera personuppgifterna" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Personuppgifterna i ärendet är raderade." }),
  ).toBeVisible();
  await expect(page.getByText("Diarienummer, datum, steg och händelser finns kvar.")).toBeVisible();

  // Nothing holds the address any more; the case itself, with its number and trail, remains.
  await page.goto("/staff/dataskydd");
  await search(page, email);
  await expect(page.locator("#utdrag")).toContainText("Inga uppgifter hittades");
  await signInAs(page, "lots");
  await page.goto(`/staff/cases?status=ENDED&q=${encodeURIComponent(number)}`);
  await page.getByRole("link", { name: number }).click();
  await expect(page.getByText("Personuppgifter raderade")).toBeVisible();
  await expect(page.getByText("Kontaktuppgifter rättade")).toBeVisible();
  await expect(page.locator("body")).not.toContainText(email);
});
