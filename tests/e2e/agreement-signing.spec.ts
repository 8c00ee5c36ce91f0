import { expect, test } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { partnershipFromRequest, sendLink, sha256Of, signHere, signingLink } from "./support/signing";
import { unique } from "./support/staff";

// From a granted IOP to an active partnership through signed agreement versions: staff freeze the
// agreement, send it to one signatory per party, both sign through their mailed links (one without
// JavaScript, one in English), staff activate, and the signed PDF's SHA-256 is what the page shows.
// A later edit is the draft of version 2 and the compare page shows the changed section.

test("an agreement is frozen, signed by both parties through their links, and the partnership activated", async ({
  page,
  browser,
}) => {
  test.setTimeout(600_000);
  const tag = unique();
  const title = `Läxhjälp ${tag}`;
  const { id } = await partnershipFromRequest(page, `sign-${tag}@org.test`, title);
  const recordUrl = page.url().split("?")[0]!;

  // Not yet: a partnership made from a request needs a signed agreement to become active.
  await page.locator("#status-status").selectOption("ACTIVE");
  await page.locator("#status").getByRole("button", { name: "Spara" }).click();
  // (Next adds a role=alert route announcer of its own.)
  await expect(page.getByRole("alert").filter({ hasText: "först när avtalet har frysts" })).toBeVisible();
  await expect(page.getByTestId("partnership-status")).toHaveText("Utkast");

  await page.getByRole("link", { name: "Avtalsversioner och underskrifter" }).click();
  await expect(page.getByTestId("signing-state")).toHaveText("Inte fryst för underskrift");
  await expectNoA11yViolations(page);
  await page.getByRole("button", { name: "Frys avtalet som version 1" }).click();
  await expect(page.getByRole("status")).toHaveText("Avtalet är fryst som version 1.");
  const hash = (await page.getByTestId("sha-1").textContent())!.trim();
  expect(hash).toMatch(/^[0-9a-f]{64}$/);

  // A bad signatory form comes back with its errors, then both links go out.
  await page.locator('form[action$="/send"]').first().getByRole("button").click();
  await expect(page.locator("#fel")).toContainText("Fyll i fältet.");
  await expectNoA11yViolations(page);
  const civil = { name: "Eva Ek", role: "Ordförande", email: `eva-${tag}@org.test` };
  const municipal = {
    name: "Omar Berg",
    role: "Director",
    email: `omar-${tag}@kommun.test`,
    mailLocale: "en" as const,
  };
  await sendLink(page, 0, civil);
  await sendLink(page, 1, municipal);
  await expect(page.getByTestId("signing-state")).toHaveText("Ute för underskrift");
  await expectNoA11yViolations(page);

  // The signing page passes axe (which needs JavaScript) with and without errors; then the
  // association signs without JavaScript.
  const evaLink = await signingLink(civil.email);
  await page.goto(evaLink);
  await expect(page.getByTestId("document-hash")).toHaveText(hash);
  await expectNoA11yViolations(page);
  await page.getByRole("button", { name: "Underteckna", exact: true }).click();
  await expect(page.locator("#fel")).toContainText("Kryssa i rutan");
  await expectNoA11yViolations(page);
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const eva = await noJs.newPage();
  await eva.goto(evaLink);
  await expect(eva.getByRole("heading", { level: 1 })).toHaveText("Underteckna avtalet");
  await expect(eva.getByTestId("document-hash")).toHaveText(hash);
  await expect(eva.getByText("Du undertecknar som Eva Ek, Ordförande.")).toBeVisible();
  await eva.getByRole("button", { name: "Underteckna", exact: true }).click();
  await expect(eva.locator("#fel")).toContainText("Fyll i fältet.");
  await expect(eva.locator("#fel")).toContainText("Kryssa i rutan");
  await eva.locator("#typedName").fill("Eva Ekström");
  await eva.locator("#consent").check();
  await eva.getByRole("button", { name: "Underteckna", exact: true }).click();
  await expect(eva.locator("#fel")).toContainText("Skriv ditt namn så som det står ovanför.");
  await signHere(eva, "Eva Ek");
  await expect(eva.getByRole("status")).toContainText("Du undertecknade");
  await expect(eva.getByText("Alla parter har inte undertecknat än.")).toBeVisible();

  await page.goto(`/staff/partnerships/${id}/versions`);
  await expect(page.getByTestId("signing-state")).toHaveText("Ute för underskrift");
  await expect(page.getByTestId("signature-CIVIL_SOCIETY")).toContainText("Undertecknad");

  // The municipality's signatory reads it in English, with JavaScript.
  const omar = await (await browser.newContext()).newPage();
  const omarLink = await signingLink(municipal.email);
  expect(omarLink).toContain("/en/sign/");
  await omar.goto(omarLink);
  await expect(omar.getByRole("heading", { level: 1 })).toHaveText("Sign the agreement");
  await expectNoA11yViolations(omar);
  await signHere(omar, "omar berg", "en");
  await expect(omar.getByRole("heading", { name: "Every party has signed." })).toBeVisible();
  const signedHash = (await omar.getByTestId("signed-hash").textContent())!.trim();
  await expectNoA11yViolations(omar);
  // Signing again through the same link is refused.
  await eva.reload();
  await expect(eva.getByTestId("signed-hash")).toHaveText(signedHash);
  await expect(eva.getByRole("button", { name: "Underteckna", exact: true })).toHaveCount(0);

  // Staff activate, and the signed PDF they download is the one whose hash the page shows.
  await page.goto(recordUrl);
  await expect(page.getByTestId("partnership-signing")).toHaveText("Undertecknad av alla parter");
  await page.locator("#status-status").selectOption("ACTIVE");
  await page.locator("#status").getByRole("button", { name: "Spara" }).click();
  await expect(page.getByTestId("partnership-status")).toHaveText("Pågår");
  await page.goto(`/staff/partnerships/${id}/versions`);
  await expect(page.getByTestId("signed-sha-1")).toHaveText(signedHash);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Ladda ner det undertecknade avtalet (version 1)" }).click(),
  ]);
  expect(await sha256Of(download)).toBe(signedHash);
  const [frozen] = await Promise.all([
    eva.waitForEvent("download"),
    eva.getByRole("link", { name: "Ladda ner avtalet som PDF" }).click(),
  ]);
  expect(await sha256Of(frozen)).toBe(hash);
  await expectNoA11yViolations(page);

  // A later edit is the draft of version 2; the compare page shows the changed section.
  await page.goto(recordUrl);
  await page.locator("#agreement-evaluation").fill("Styrgruppen utvärderar efter ett år.");
  await page.locator("#agreement").getByRole("button", { name: "Spara" }).click();
  await expect(page.locator("#agreement").getByRole("status")).toContainText("Sparat");
  await page.goto(`/staff/partnerships/${id}/versions`);
  await expect(page.getByTestId("draft-state")).toContainText("blir version 2");
  await page.getByRole("button", { name: "Jämför" }).click();
  const evaluation = page.getByTestId("compare-evaluation");
  await expect(evaluation).toHaveAttribute("data-changed", "yes");
  await expect(evaluation).toContainText("Styrgruppen utvärderar efter ett år.");
  await expect(page.getByTestId("compare-purpose")).toHaveAttribute("data-changed", "no");
  await expect(page.getByTestId("changed-count")).toHaveText("Ett avsnitt har ändrats.");
  await expectNoA11yViolations(page);
  await page.goto(`/en/staff/partnerships/${id}/versions/compare?a=1&b=draft`);
  await expect(page.getByTestId("changed-count")).toHaveText("One section has changed.");
  await expectNoA11yViolations(page);
  await page.goto(`/en/staff/partnerships/${id}/versions`);
  await expectNoA11yViolations(page);
  await noJs.close();
});

test("a signing link that does not work says so, in Swedish and English", async ({ page }) => {
  const token = "A".repeat(43);
  await page.goto(`/signera/${token}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Länken fungerar inte");
  await expectNoA11yViolations(page);
  await page.goto(`/en/sign/${token}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The link does not work");
  await expectNoA11yViolations(page);
});
