import { expect, test } from "@playwright/test";
import { extractLinks, waitForMail } from "./support/mailbox";
import { splitPlanEvenly } from "./support/partnership";
import { freezeAndSignAll, partnershipFromRequest } from "./support/signing";
import { addTwoBudgetLines } from "./support/budget";
import { signInAs, unique } from "./support/staff";

// The whole life of an IOP on one partnership, each part through the page its user has: a granted
// request becomes a partnership with a budget; the agreement is frozen and both parties sign through
// their links; staff activate it and make a payment plan and a payment; the association reports its
// actual costs through its private link without JavaScript; staff accept the report; the quarterly
// report and the dashboard show budget, paid and spent; the spending raises the deviation flag; a
// repayment claim is recorded. The parts have their own specs with axe and error cases
// (agreement-signing, money, partner-report); this one proves they fit together.

const NBSP = "\u00a0";
const kr = (digits: string) => `${digits.replace(/ /g, NBSP)}${NBSP}kr`;

test("a granted IOP is signed, activated, paid, reported on by the partner and followed up", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(600_000);
  const tag = unique();
  const title = `Mötesplats ${tag}`;
  const contact = `kontakt-${tag}@org.test`;
  const { id } = await partnershipFromRequest(page, `iop-${tag}@org.test`, title);

  // The term, the association's contact, and a budget: the municipality's money, the association's material.
  await page.locator("#period-startDate").fill("2026-01-01");
  await page.locator("#period-endDate").fill("2027-12-31");
  await page.locator("#period").getByRole("button", { name: "Spara" }).click();
  await expect(page.locator("#period").getByRole("status")).toContainText("Sparat");
  const civil = page.locator("#parties form").first();
  await civil.getByLabel("Kontaktperson", { exact: true }).fill("Karin Kontakt");
  await civil.getByLabel("Kontaktpersonens e-post").fill(contact);
  await civil.getByRole("button", { name: "Spara parten" }).click();
  await expect(page.locator("#parties form").first().getByLabel("Kontaktpersonens e-post")).toHaveValue(
    contact,
  );
  await page.goto(`/staff/partnerships/${id}/budget`);
  await addTwoBudgetLines(page, "400000", "40000");

  // Frozen, signed by both parties through their links, then active.
  await freezeAndSignAll(page, id, tag);
  await signInAs(page, "lots");
  await page.goto(`/staff/partnerships/${id}`);
  await expect(page.getByTestId("partnership-signing")).toHaveText("Undertecknad av alla parter");
  await page.locator("#status-status").selectOption("ACTIVE");
  await page.locator("#status").getByRole("button", { name: "Spara" }).click();
  await expect(page.getByTestId("partnership-status")).toHaveText("Pågår");

  // A payment plan of two instalments and the first payment.
  await page.goto(`/staff/partnerships/${id}/money`);
  await splitPlanEvenly(page, 2, "2026-02-01", 6);
  const payment = page.locator("#payment");
  await payment.locator('select[name="partyYear"]').selectOption({ index: 1 });
  await payment.locator('input[name="paidOn"]').fill("2026-02-03");
  await payment.locator('input[name="amount"]').fill("200000");
  await payment.locator('input[name="reference"]').fill(`F-${tag}`);
  await payment.locator('select[name="instalmentId"]').selectOption({ index: 1 });
  await payment.getByRole("button", { name: "Registrera utbetalningen" }).click();
  await expect(page.getByRole("table", { name: "Registrerade utbetalningar" })).toContainText(`F-${tag}`);
  await expect(page.getByTestId("deviation-clear")).toBeVisible();

  // The association gets its link and reports actual costs, without JavaScript.
  await page.goto(`/staff/partnerships/${id}/partner-reports`);
  await page
    .locator("#kontakter > div")
    .filter({ hasText: contact })
    .getByRole("button", { name: /Skicka (länken|en ny länk)/ })
    .click();
  await expect(page.getByRole("status")).toContainText("Länken är skickad");
  const mail = await waitForMail((m) => m.to.includes(contact) && m.subject.includes(title));
  const link = extractLinks(mail.text).find((l) => l.includes("/samarbete/"))!;
  const partnerContext = await browser.newContext({
    javaScriptEnabled: false,
    baseURL: testInfo.project.use.baseURL,
  });
  const partner = await partnerContext.newPage();
  await partner.goto(link);
  await expect(partner.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(
    partner.getByRole("link", { name: "Ladda ned det undertecknade avtalet, version 1 (PDF)" }),
  ).toBeVisible();
  await partner.getByRole("link", { name: "Lämna en uppföljningsrapport" }).click();
  const quarter = "quarter:2026-Q2";
  await partner.locator("#period").selectOption(quarter);
  await partner.locator("#activities").fill("Öppet hus två kvällar i veckan och ett studiebesök.");
  await partner.locator("#participants").fill("18");
  await partner.locator("#volunteerHours").fill("96");
  const goals = partner.locator('input[name^="goal-"]');
  for (let i = 0; i < (await goals.count()); i++) await goals.nth(i).fill("5");
  await partner.locator('input[name^="cost-"]').first().fill("60 000");
  await partner.getByRole("button", { name: "Skicka rapporten" }).click();
  await expect(partner.getByRole("status")).toContainText("Tack! Rapporten är skickad.");
  await partnerContext.close();

  // Staff accept it; its costs are the partnership's actuals.
  await page.goto(`/staff/partnerships/${id}/partner-reports`);
  const report = page.getByTestId("staff-partner-report").filter({ hasText: "Öppet hus två kvällar" });
  await report.getByRole("button", { name: "Godkänn rapporten" }).click();
  await expect(page.getByRole("status")).toContainText("Rapporten är godkänd");
  await expect(report.getByTestId("report-status")).toHaveText("Godkänd");

  // The quarterly report shows budget, paid and spent, and the accepted report; so does the dashboard.
  await page.goto(`/staff/partnerships/${id}/report?period=2026-Q2`);
  const money = page.getByRole("table", { name: /Budget, utbetalt, förbrukat/ });
  await expect(money).toContainText(kr("400 000"));
  await expect(money).toContainText(kr("200 000"));
  await expect(money).toContainText(kr("60 000"));
  await expect(page.getByText("Öppet hus två kvällar i veckan")).toBeVisible();
  await page.goto("/staff/dashboard");
  await expect(page.getByTestId("dashboard-money")).toBeVisible();

  // The association spent more than its whole material budget: the flag asks for a dialogue.
  await page.goto(`/staff/partnerships/${id}/money`);
  await expect(page.getByTestId("deviation-flag")).toBeVisible();
  const claim = page.locator("#claim");
  await claim.locator('input[name="amount"]').fill("5 000");
  await claim.locator('textarea[name="reason"]').fill("Inköp som inte hörde till verksamheten.");
  await claim.locator('input[name="dueDate"]').fill("2099-12-31");
  await claim.getByRole("button", { name: "Registrera återkravet" }).click();
  await expect(page.getByRole("table", { name: "Återkrav" })).toContainText("Inköp som inte hörde till");
});
