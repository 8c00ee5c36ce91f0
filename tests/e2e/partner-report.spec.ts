import { expect, test, type Page } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { extractLinks, findMails, waitForMail } from "./support/mailbox";
import { signInAs, unique } from "./support/staff";

// A civil-society party's contact and their follow-up report, on the demo partnership
// (lib/server/db/follow-up-seed.ts, lib/server/db/partner-report-seed.ts): staff set the contact and
// send the private link; the partner, without JavaScript, reports (an error first, then a returned
// report and its corrected version); staff accept; the follow-up is held and the quarterly report has
// the numbers.

const TITLE = "Vägen till arbete – praktik och stöd för unga vuxna";
const PARTY = "Föreningen Kompassen Unga";
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);
const ATTACHMENT = { name: "narvaro.pdf", mimeType: "application/pdf", buffer: PDF };

async function demoPartnershipId(page: Page): Promise<string> {
  await page.goto("/staff/dashboard");
  await page.getByRole("link", { name: TITLE }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(TITLE);
  return /\/staff\/partnerships\/([0-9a-f-]{36})\/follow-ups/.exec(page.url())![1]!;
}

/** Fills the report form; `bad` leaves the participants out and types words as a cost. */
async function fillReport(
  page: Page,
  r: { period: string; activities: string; participants: string; hours: string; goals: string[] },
  bad = false,
) {
  await page.locator("#period").selectOption(r.period);
  await page.locator("#activities").fill(r.activities);
  if (!bad) await page.locator("#participants").fill(r.participants);
  await page.locator("#volunteerHours").fill(r.hours);
  const goals = page.locator('input[name^="goal-"]');
  for (let i = 0; i < (await goals.count()); i++) await goals.nth(i).fill(r.goals[i] ?? "1");
  const costs = page.locator('input[name^="cost-"]');
  await costs.first().fill(bad ? "tolv kronor" : "12 500");
  if ((await costs.count()) > 1) await costs.nth(1).fill("3 400,50");
}

/** Fills the report form right, attaches `file` if given, sends it and waits for the thanks. */
async function sendReport(page: Page, r: Parameters<typeof fillReport>[1], file?: typeof ATTACHMENT) {
  await fillReport(page, r);
  if (file) await page.locator("#files").setInputFiles(file);
  await page.getByRole("button", { name: "Skicka rapporten" }).click();
  await expect(page.getByRole("status")).toContainText("Tack! Rapporten är skickad.");
}

test("staff send the partner link; the partner reports without JavaScript; staff return and then accept", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(600_000);
  const email = `kontakt-${unique()}@kompassen.example`;
  await signInAs(page, "lots");
  const id = await demoPartnershipId(page);

  // Staff give the civil-society party a contact.
  await page.goto(`/staff/partnerships/${id}`);
  const party = page
    .locator("#parties form")
    .filter({ has: page.locator(`input[name="name"][value="${PARTY}"]`) });
  await party.getByLabel("Kontaktperson", { exact: true }).fill("Ronja Testsson");
  await party.getByLabel("Kontaktpersonens e-post").fill(email);
  await party.getByRole("button", { name: "Spara parten" }).click();
  await expect(
    page
      .locator("#parties form")
      .filter({ has: page.locator(`input[name="name"][value="${PARTY}"]`) })
      .getByLabel("Kontaktpersonens e-post"),
  ).toHaveValue(email);

  // … and send the link from the partner-reports page.
  await page.getByRole("link", { name: "Partnerlänkar och rapporter" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Partnerlänkar och rapporter");
  await expectNoA11yViolations(page);
  const contact = page.locator("#kontakter > div").filter({ hasText: email });
  await contact.getByRole("button", { name: /Skicka (länken|en ny länk)/ }).click();
  await expect(page.getByRole("status")).toContainText("Länken är skickad");
  const mail = await waitForMail((m) => m.to.includes(email) && m.subject.includes(TITLE));
  const link = extractLinks(mail.text).find((l) => l.includes("/samarbete/"))!;
  expect(link).toMatch(/\/samarbete\/[A-Za-z0-9_-]{43}$/);
  const token = link.split("/samarbete/")[1]!;

  // The partner opens the link from the mail, in a browser without JavaScript.
  const partnerContext = await browser.newContext({
    javaScriptEnabled: false,
    baseURL: testInfo.project.use.baseURL,
  });
  const partner = await partnerContext.newPage();
  // axe runs in the page, so the same pages are scanned in a browser with JavaScript (same HTML).
  const a11yContext = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const a11y = await a11yContext.newPage();
  const scan = async (path: string) => {
    await a11y.goto(path);
    await expectNoA11yViolations(a11y);
  };
  await partner.goto(link);
  await expect(partner.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await expect(partner.getByRole("heading", { name: "Budget per part" })).toBeVisible();
  await expect(partner.getByTestId("next-due")).toBeVisible();
  // The demo partnership's agreement is signed by both parties: the partner gets that version.
  await expect(
    partner.getByRole("link", { name: "Ladda ned det undertecknade avtalet, version 1 (PDF)" }),
  ).toBeVisible();
  const seeded = await partner.getByTestId("partner-report").count();
  await scan(link);
  await partner.goto(`/en/partner/${token}`);
  await expect(partner.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await scan(`/en/partner/${token}`);
  const pdf = await partner.request.get(`/api/partner/${token}/agreement-pdf`);
  expect(pdf.status()).toBe(200);
  expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

  // The report form, in both languages.
  await partner.goto(`/en/partner/${token}/report`);
  await expect(partner.getByRole("heading", { level: 1 })).toHaveText("Follow-up report");
  await scan(`/en/partner/${token}/report`);
  await partner.goto(link);
  await partner.getByRole("link", { name: "Lämna en uppföljningsrapport" }).click();
  await expect(partner.getByRole("heading", { level: 1 })).toHaveText("Uppföljningsrapport");
  await scan(`/samarbete/${token}/rapport`);

  // The scheduled report it answers, and the quarter that report is about.
  const options = partner.locator("#period option");
  const texts = await options.allTextContents();
  const index = texts.findIndex((t) => t.startsWith("Planerad rapport"));
  expect(index).toBeGreaterThanOrEqual(0);
  const period = (await options.nth(index).getAttribute("value"))!;
  const quarter = /avser (\d{4}-Q[1-4])/.exec(texts[index]!)![1]!;

  // First with mistakes: the error summary, what was typed kept, nothing stored.
  const first = `Läxhjälp och studiebesök ${unique()}`;
  await fillReport(partner, { period, activities: first, participants: "", hours: "120", goals: [] }, true);
  await partner.getByRole("button", { name: "Skicka rapporten" }).click();
  await expect(partner).toHaveTitle(/^Fel: /);
  const summary = partner.getByRole("alert");
  await expect(
    summary.getByRole("link", { name: "Antal deltagare: Skriv antalet deltagare." }),
  ).toHaveAttribute("href", "#participants");
  await expect(summary.getByRole("link", { name: /Skriv ett belopp i kronor/ })).toBeVisible();
  await expect(partner.getByLabel("Vad har ni gjort?")).toHaveValue(first);
  await expect(partner.locator('input[name^="cost-"]').first()).toHaveValue("tolv kronor");
  // The form with its error summary, in both languages.
  for (const path of [`/samarbete/${token}/rapport`, `/en/partner/${token}/report`]) {
    await a11y.goto(path);
    await fillReport(a11y, { period, activities: first, participants: "", hours: "1", goals: [] }, true);
    await a11y.locator('form[enctype="multipart/form-data"] button[type="submit"]').click();
    await expect(a11y.locator("#fel")).toBeVisible(); // Next adds a role=alert route announcer
    await expectNoA11yViolations(a11y);
  }
  await partner.goto(`/en/partner/${token}`);
  await expect(partner.getByTestId("partner-report")).toHaveCount(seeded);

  // Now right, with an attachment.
  await partner.goto(`/samarbete/${token}/rapport`);
  const report = { period, activities: first, participants: "21", hours: "120", goals: ["40", "17"] };
  await sendReport(partner, report, ATTACHMENT);
  await expect(partner.getByTestId("partner-report")).toHaveCount(seeded + 1);
  await expect(partner.getByTestId("partner-report").first()).toContainText("Skickad, granskas");

  // Staff return it with a comment.
  const comment = `Antalet ideella timmar verkar lågt, kontrollera ${unique()}.`;
  await page.goto(`/staff/partnerships/${id}/partner-reports`);
  const submitted = page.getByTestId("staff-partner-report").filter({ hasText: first });
  await expect(submitted.getByTestId("report-status")).toHaveText("Väntar på granskning");
  await expect(submitted).toContainText("12 500 kr");
  await expect(submitted.getByRole("link", { name: "narvaro.pdf" })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.goto(`/en/staff/partnerships/${id}/partner-reports`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Partner links and reports");
  await expectNoA11yViolations(page);
  await page.goto(`/staff/partnerships/${id}/partner-reports`);
  await submitted.getByLabel("Kommentar till parten").fill(comment);
  await submitted.getByRole("button", { name: "Skicka tillbaka rapporten" }).click();
  await expect(page.getByRole("status")).toHaveText("Rapporten är skickad tillbaka med din kommentar.");
  await expect(submitted.getByTestId("report-status")).toHaveText("Skickad tillbaka");

  // The partner sees the comment and sends a corrected version for the same period.
  await partner.goto(link);
  await expect(partner.getByTestId("return-comment").filter({ hasText: comment })).toBeVisible();
  await partner.getByRole("link", { name: "Lämna en uppföljningsrapport" }).click();
  const corrected = `Läxhjälp, studiebesök och mentorer ${unique()}`;
  await sendReport(partner, {
    ...report,
    activities: corrected,
    participants: "23",
    hours: "260",
    goals: ["42", "17"],
  });
  await expect(partner.getByTestId("partner-report").filter({ hasText: comment })).toContainText(
    "en rättad version är skickad",
  );

  // Staff accept the corrected version.
  await page.goto(`/staff/partnerships/${id}/partner-reports`);
  const second = page.getByTestId("staff-partner-report").filter({ hasText: corrected });
  await second.getByRole("button", { name: "Godkänn rapporten" }).click();
  await expect(page.getByRole("status")).toHaveText(
    "Rapporten är godkänd och uppföljningen markerad som gjord.",
  );
  await expect(second.getByTestId("report-status")).toHaveText("Godkänd");
  await partner.goto(link);
  await expect(partner.getByTestId("partner-report").first()).toContainText("Godkänd");

  // The follow-up it answered is held, with the report's goal values.
  await page.goto(`/staff/partnerships/${id}/follow-ups`);
  const held = page.getByRole("listitem").filter({ hasText: `${PARTY}: 23` });
  await expect(held).toBeVisible();
  await expect(held).toContainText(corrected);
  await expect(held).toContainText("(%): 42");

  // The quarterly report of the quarter it is about has the report's numbers.
  await page.goto(`/staff/partnerships/${id}/report?period=${quarter}`);
  await expect(page.getByRole("heading", { name: "Rapporter från idéburna parter" })).toBeVisible();
  // (The follow-up record above it quotes the activities too, as its notes.)
  await expect(page.getByText(`Aktiviteter: ${corrected}`)).toBeVisible();
  await expect(page.locator("main")).toContainText("Deltagare: 23");
  await expect(page.locator("main")).toContainText("Ideella timmar: 260");
  await expect(page.locator("main")).not.toContainText(first);

  // A link asked for again replaces this one: the old one gets a clear page, not an error.
  await partner.goto("/samarbete/ny-lank");
  await partner.getByLabel("E-postadress").fill(email);
  await partner.getByRole("button", { name: "Skicka en ny länk" }).click();
  await expect(partner.getByRole("heading", { level: 1 })).toHaveText("Tack, vi har tagit emot er begäran");
  await expect
    .poll(
      async () =>
        (await findMails((m) => m.to.includes(email) && m.subject.startsWith("Er länk till samarbetet")))
          .length,
      { timeout: 30_000 },
    )
    .toBe(2);
  // The page itself says so, rendered on the server: read without JavaScript.
  await partner.goto(link);
  await expect(partner.getByRole("heading", { level: 1 })).toHaveText("Länken fungerar inte");
  await expect(partner.getByRole("link", { name: "Beställ en ny länk" })).toHaveAttribute(
    "href",
    "/samarbete/ny-lank",
  );
  await partnerContext.close();
  await a11yContext.close();

  // When the report was returned, the contact got a short notice, with no private link in it.
  const notice = await waitForMail((m) => m.to.includes(email) && m.subject.includes("behöver kompletteras"));
  expect(notice.text).toContain(`/samarbete/ny-lank`);
  expect(notice.text).not.toMatch(/\/samarbete\/[A-Za-z0-9_-]{43}/);
});

test.describe("the new-link page and links that do not work", () => {
  // From a client address of its own (X-Forwarded-For, one trusted proxy hop by default): the forms
  // for new links share a limit of five an hour per client, and links.spec.ts and the test above
  // use it up from the suite's own address.
  test.use({ extraHTTPHeaders: { "x-forwarded-for": `198.18.251.${Math.floor(Math.random() * 254) + 1}` } });
  for (const lang of ["sv", "en"] as const) {
    test(`the new-link page answers the same for any address, with no axe violations (${lang})`, async ({
      page,
    }) => {
      const path = lang === "sv" ? "/samarbete/ny-lank" : "/en/partner/new-link";
      await page.goto(path);
      await expectNoA11yViolations(page);
      await page.locator("#email").fill("inte en adress");
      await page.locator('form[action="/api/partner-link"] button[type="submit"]').click();
      await expect(page).toHaveTitle(lang === "sv" ? /^Fel: / : /^Error: /);
      await expect(page.getByRole("alert").getByRole("link")).toHaveAttribute("href", "#email");
      await expectNoA11yViolations(page);
      await page.locator("#email").fill(`ingen-${unique()}@exempel.se`);
      await page.locator('form[action="/api/partner-link"] button[type="submit"]').click();
      await expect(page).toHaveURL(/skickad=1/);
      await expectNoA11yViolations(page);
    });
  }

  test("an unknown or malformed partner link gets a clear page, never a server error", async ({
    page,
    browser,
  }, testInfo) => {
    const unknown = "A".repeat(43);
    // Rendered on the server, so it reads the same without JavaScript.
    const noScript = await browser.newContext({
      javaScriptEnabled: false,
      baseURL: testInfo.project.use.baseURL,
    });
    const plain = await noScript.newPage();
    for (const path of [
      `/samarbete/${unknown}`,
      `/samarbete/${unknown}/rapport`,
      `/en/partner/${unknown}`,
      "/samarbete/inte-en-token",
      "/en/partner/x/report",
    ]) {
      const response = await plain.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(plain.getByRole("heading", { level: 1 })).toHaveText(
        path.startsWith("/en") ? "The link does not work" : "Länken fungerar inte",
      );
    }
    await noScript.close();
    await page.goto(`/en/partner/${unknown}`);
    await expectNoA11yViolations(page);
    await page.goto(`/samarbete/${unknown}`);
    await expectNoA11yViolations(page);
    const post = await page.request.post(`/api/partner/${unknown}/report`, {
      multipart: { locale: "sv", period: "x", activities: "y" },
      maxRedirects: 0,
    });
    expect(post.status()).toBe(404);
    const pdf = await page.request.get(`/api/partner/${unknown}/agreement-pdf`);
    expect(pdf.status()).toBe(404);
  });
});
