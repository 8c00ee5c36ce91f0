import { expect, test, type Page } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { sendQuickRequest } from "./support/intake";
import { waitForMail } from "./support/mailbox";
import { act, fillFields, openCaseAs, present, proposeToDirector, signInAs, unique } from "./support/staff";
import { withoutJavaScript } from "./support/without-javascript";

async function expectApplicantSees(
  page: Page,
  statusLink: string,
  email: string,
  number: string,
  stepName: string,
) {
  await waitForMail(
    (m) => m.to.includes(email) && m.subject.includes(number) && m.subject.includes(stepName),
  );
  const applicant = await page.context().browser()!.newPage();
  await applicant.goto(statusLink);
  await expect(applicant.locator('[aria-current="step"]')).toContainText(stepName);
  await applicant.close();
}

/** Sends a request from a fresh address starting with `prefix`, then opens its case page as lots. */
async function sendAndOpenAsLots(page: Page, prefix: string, title: string) {
  const email = `${prefix}-${unique()}@org.test`;
  const sent = await sendQuickRequest(page, email, title);
  await openCaseAs(page, "lots", sent.number);
  return { email, ...sent };
}

test("a request travels through every step, each by the right role, while the applicant follows", async ({
  page,
}) => {
  const { email, number, statusLink } = await sendAndOpenAsLots(page, "flow", "Läxhjälp hela vägen");
  await expectNoA11yViolations(page);
  await act(page, "review", {
    meetingDate: "2026-11-20",
    participants: "Maja Lindqvist, Erik Holm",
    summary: "Idén passar kommunens plan för integration.",
  });
  await expect(page.getByTestId("case-step")).toHaveText("Genomgången");
  await expectApplicantSees(page, statusLink, email, number, "Genomgången");

  await act(page, "requestOpinions", async (f) => {
    await f.getByLabel("Sara Nilsson").check();
    await f.locator('textarea[name="question"]').fill("Ryms detta som IOP?");
  });
  // Staff are told by mail too: the case number, the organisation and a link, nothing personal.
  const asked = await waitForMail(
    (m) => m.to.includes("jurist@lotsen.example") && m.subject.includes(number),
  );
  expect(asked.text).toContain("/staff/opinions/");
  expect(asked.text).not.toContain(email);

  await signInAs(page, "lawyer");
  await page.goto("/staff/opinions");
  await page.getByRole("link", { name: new RegExp(number) }).click();
  await expect(page.getByText("Läxhjälp hela vägen").first()).toBeVisible();
  await expect(page.getByText("Samtal och promenader")).toHaveCount(0); // not before declaring
  await page.getByLabel("Jag är inte jävig").check();
  await page.getByRole("button", { name: "Skicka svaret om jäv" }).click();
  await expect(page.getByText("Samtal och promenader")).toBeVisible();
  await expectNoA11yViolations(page);
  await page.locator("#answer").fill("Ja, det är ett idéburet initiativ utan marknad.");
  await page.getByRole("button", { name: "Lämna yttrandet" }).click();
  await expect(page.getByText("Ditt lämnade yttrande")).toBeVisible();
  // No lots is assigned, so the lotsen mailbox hears of the answer.
  await waitForMail(
    (m) => m.to.includes("lotsen@kommun.test") && m.subject === `Nytt yttrande i ärende ${number}`,
  );

  await openCaseAs(page, "lots", number);
  await expect(page.getByText("Ja, det är ett idéburet initiativ utan marknad.")).toBeVisible();
  await act(page, "completeConsultation");
  await expect(page.getByTestId("case-step")).toHaveText("Experter konsulterade");
  await expectApplicantSees(page, statusLink, email, number, "Experter konsulterade");

  await act(page, "bookPresentation", { date: "2026-12-03", time: "10:00", place: "Stadshuset, sal 2" });
  const invite = await waitForMail((m) => m.to.includes(email) && m.subject.includes("presentera"));
  expect(invite.attachments[0]!.contentType).toContain("text/calendar");
  expect(invite.attachments[0]!.content).toContain("DTSTART:20261203T090000Z");
  await act(page, "recordPresentation", { notes: "Tydlig presentation med budget." });
  await expectApplicantSees(page, statusLink, email, number, "Presenterad");

  await act(page, "submitProposal", async (f) => {
    await fillFields(f, {
      recommended: "IOP",
      motivation: "Uppfyller kriterierna för IOP.",
      resources: "Lokal och 200 tkr per år.",
    });
    for (const radio of await f.locator('input[type="radio"][value="yes"]').all()) await radio.check();
  });
  await expectApplicantSees(page, statusLink, email, number, "Förslag till beslut");
  await waitForMail((m) => m.to.includes("kommundirektor@lotsen.example") && m.subject.includes(number));

  await openCaseAs(page, "director", number);
  await act(page, "referToCommittee");
  await expectApplicantSees(page, statusLink, email, number, "Integrationsutskottet");
  await waitForMail((m) => m.to.includes("utskott@lotsen.example") && m.subject.includes(number));

  await openCaseAs(page, "committee", number);
  await act(page, "committeeGrant", {
    meetingDate: "2026-12-10",
    form: "IOP",
    reason: "Utskottet beviljar ett IOP på tre år.",
  });
  await expect(page.getByTestId("case-status")).toContainText("Beviljat");
  await waitForMail(
    (m) => m.to.includes(email) && m.subject.includes(number) && m.subject.includes("beviljat"),
  );
  await page.goto(statusLink);
  await expect(page.getByRole("heading", { name: /Ärendet är avslutat: Beviljat/ })).toBeVisible();
  await expect(page.getByText("Utskottet beviljar ett IOP på tre år.")).toBeVisible();
});

test("a second request skips both optional steps, with a reason, and the director decides", async ({
  page,
}) => {
  const { number, statusLink } = await sendAndOpenAsLots(page, "skip", "Cykelkök för unga");
  await act(page, "review", {
    meetingDate: "2026-11-21",
    participants: "Maja Lindqvist",
    summary: "Enkel fråga, inga juridiska oklarheter.",
  });
  // Refused without a reason, with the message beside the field and nothing lost.
  const skip = page.locator("#skipExperts");
  await skip.locator("summary").click();
  await skip.locator('button[type="submit"]').click();
  await expect(page.locator("#skipExperts")).toContainText("Fyll i fältet.");
  // The form opens again with the error beside the field; fill it and send again.
  await expect(skip.locator("details")).toHaveAttribute("open", "");
  await skip.locator('textarea[name="reason"]').fill("Inga frågor som kräver jurist eller upphandlare.");
  await skip.locator('button[type="submit"]').click();
  await expect(page.getByRole("status").filter({ hasText: "Klart" })).toBeVisible();
  await present(page, { date: "2026-12-04", time: "14:00", place: "Föreningens lokal" }, "Bra genomförd.");
  const proposal = {
    recommended: "GRANT",
    motivation: "Passar bättre som föreningsbidrag.",
    resources: "50 tkr.",
  };
  await proposeToDirector(page, number, proposal, "unclear");
  await expect(page.locator("#referToCommittee")).toHaveCount(1);
  await act(page, "approve");
  await expect(page.getByTestId("case-status")).toContainText("Beviljat");
  await page.goto(statusLink);
  await expect(page.getByText("Behövdes inte")).toBeVisible();
  await expect(page.getByRole("heading", { name: /Ärendet är avslutat: Beviljat/ })).toBeVisible();
});

test("two people acting at once: one wins, the other sees a conflict and the fresh state", async ({
  page,
  browser,
}) => {
  const { number } = await sendAndOpenAsLots(page, "race", "Samtidighet");
  const other = await browser.newContext();
  const second = await other.newPage();
  await openCaseAs(second, "lots", number);
  await act(page, "close", { reason: "Hänvisad till kulturförvaltningen." });
  const box = second.locator("#review");
  await box.locator("summary").click();
  await box.locator('input[name="meetingDate"]').fill("2026-11-22");
  await box.locator('textarea[name="participants"]').fill("Erik Holm");
  await box.locator('textarea[name="summary"]').fill("För sent.");
  await box.locator('button[type="submit"]').click();
  await expect(second.locator("#fel")).toContainText("Någon annan ändrade ärendet");
  await expect(second.getByTestId("case-status")).toContainText("Avslutat");
  await other.close();
});

for (const lang of ["sv", "en"] as const) {
  test(`staff pages have no accessibility violations (${lang})`, async ({ page }) => {
    await signInAs(page, "lots");
    const prefix = lang === "en" ? "/en" : "";
    await page.goto(`${prefix}/staff/cases`);
    await expectNoA11yViolations(page);
    await page.locator("table a").first().click();
    await expectNoA11yViolations(page);
    await signInAs(page, "lawyer");
    await page.goto(`${prefix}/staff/opinions`);
    await expectNoA11yViolations(page);
  });
}

withoutJavaScript(() => {
  test("a search for a person's name finds the case without the name in any address", async ({ page }) => {
    await signInAs(page, "lots");
    await page.goto("/staff/cases");
    await page.getByLabel("Sök (organisation, nummer, svar)").fill("Amira Sandell");
    await page.getByRole("button", { name: "Visa" }).click();
    await expect(page).toHaveURL(/\/staff\/cases\?.*sok=1/);
    expect(page.url()).not.toContain("Amira");
    await expect(page.getByRole("cell", { name: "Föreningen Brobyggarna" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "Stiftelsen Returhuset Sörby" })).toHaveCount(0);
    await expect(page.getByLabel("Sök (organisation, nummer, svar)")).toHaveValue("Amira Sandell");
    // The export of the current filter uses the same remembered search.
    const exportLink = page.getByRole("link", { name: "Exportera urvalet som CSV" });
    expect(await exportLink.getAttribute("href")).not.toContain("Amira");
    const csv = await (await page.request.get((await exportLink.getAttribute("href"))!)).text();
    expect(csv).toContain("Föreningen Brobyggarna");
    expect(csv).not.toContain("Returhuset");
  });
});
