import { expect, test } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { sendQuickRequest } from "./support/intake";
import { waitForMail } from "./support/mailbox";
import { act, openCaseAs, openCase, unique } from "./support/staff";

// "Ask the organisation for more information": lotsen reopens a section, the applicant edits it
// through the private link and sends it back; the case stays at the same step.

test("lotsen asks for more information; the applicant completes the idea and resends", async ({ page }) => {
  const email = `info-${unique()}@org.test`;
  const { number, statusLink } = await sendQuickRequest(page, email, "Samtal som behöver mer");

  await openCaseAs(page, "lots", number);
  const step = (await page.getByTestId("case-step").textContent())!.trim();
  await act(page, "requestInformation", async (f) => {
    await f.getByLabel("Idén", { exact: true }).check();
    await f.locator('textarea[name="message"]').fill("Beskriv hur grupperna leds, tack.");
  });
  await expect(page.getByTestId("case-step")).toHaveText(step);

  const mail = await waitForMail(
    (m) => m.to.includes(email) && m.subject.includes(number) && m.subject.includes("mer information"),
  );
  expect(mail.text).toContain("Beskriv hur grupperna leds, tack.");

  // The applicant in a browser of their own (axe needs a page from browser.newContext()).
  const applicantContext = await page.context().browser()!.newContext();
  const applicant = await applicantContext.newPage();
  await applicant.goto(statusLink);
  const notice = applicant.getByTestId("more-info");
  await expect(notice.getByRole("heading", { name: "Lotsen ber om mer information" })).toBeVisible();
  await expect(notice).toContainText("Beskriv hur grupperna leds, tack.");
  await expectNoA11yViolations(applicant);

  await notice.getByRole("link", { name: "Ändra Idén" }).click();
  await expect(applicant.getByRole("heading", { level: 1 })).toHaveText("Idén");
  await expectNoA11yViolations(applicant);

  // An empty title is kept but shown as an error, with "Fel:" in the page title.
  await applicant.locator("#idea-title").fill("");
  await applicant.getByRole("button", { name: "Spara avsnittet" }).click();
  await expect(applicant).toHaveTitle(/^Fel:/);
  await expect(applicant.locator("#fel")).toBeVisible();
  await expectNoA11yViolations(applicant);

  // Resending now is refused: the reopened section has errors.
  await applicant.goto(statusLink);
  await applicant.getByRole("button", { name: "Skicka kompletteringen" }).click();
  await expect(applicant.locator("#fel")).toContainText("Idén");

  await applicant.getByTestId("more-info").getByRole("link", { name: "Ändra Idén" }).click();
  await applicant.locator("#idea-title").fill("Samtalsgrupper ledda av utbildade samtalsledare");
  await applicant.getByRole("button", { name: "Spara avsnittet" }).click();
  await expect(applicant.getByRole("status")).toContainText("Avsnittet är sparat");
  await applicant.getByRole("button", { name: "Skicka kompletteringen" }).click();
  await expect(applicant.getByRole("status")).toContainText("Kompletteringen har skickats");
  await expect(applicant.getByTestId("more-info")).toHaveCount(0);
  await expectNoA11yViolations(applicant);
  await applicantContext.close();

  await waitForMail((m) => m.subject.includes(`Komplettering i ärende ${number}`));
  await openCase(page, number);
  await expect(page.getByTestId("case-step")).toHaveText(step);
  await expect(page.locator("main")).toContainText("Samtalsgrupper ledda av utbildade samtalsledare");
});
