import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { sendQuickRequest } from "./support/intake";
import { extractLinks, waitForMail } from "./support/mailbox";

// The applicant's bearer links: the save-and-return link asks before it takes a draft and works
// once; a lost status link can be replaced through the contact address on the case.

const unique = () => `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

async function draftWithTitle(page: Page, title: string) {
  await page.goto("/forfragan");
  await page.locator('form[action="/api/intake/start"] button').click();
  await page.goto("/forfragan/avsnitt/idea");
  await page.locator("#idea-title").fill(title);
  await page.locator("#idea-description").fill("En beskrivning av idén.");
  await page.locator('button[value="overview"]').click();
  await expect(page).toHaveURL(/\/forfragan\/oversikt$/);
}

async function mailResumeLink(page: Page): Promise<string> {
  const email = `resume-${unique()}@org.test`;
  await page.goto("/forfragan/spara");
  await page.locator("#email").fill(email);
  await page.locator('form[action="/api/intake/resume-link"] button').click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vi har skickat en länk");
  const mail = await waitForMail((m) => m.to.includes(email));
  const link = extractLinks(mail.text).find((l) => l.includes("/forfragan/fortsatt/"))!;
  expect(link).not.toContain(email);
  return link;
}

async function titleIn(page: Page) {
  await page.goto(page.url().includes("/en/") ? "/en/request/section/idea" : "/forfragan/avsnitt/idea");
  return page.locator("#idea-title").inputValue();
}

async function freshPage(browser: Browser, javaScriptEnabled = true) {
  const context = await browser.newContext({ javaScriptEnabled });
  return context.newPage();
}

test("the save-and-return link asks first, works once and never silently replaces a draft", async ({
  page,
  browser,
}) => {
  await draftWithTitle(page, "Cykelverkstad för unga");
  const link = await mailResumeLink(page);

  // Opening the link changes nothing (a mail scanner may open it too), in either language.
  const token = link.split("/").pop()!;
  const third = await freshPage(browser);
  await third.goto(link);
  await expect(third.getByRole("heading", { level: 1 })).toHaveText("Fortsätt med ert utkast");
  await expectNoA11yViolations(third);
  await third.goto(`/en/request/continue/${token}`);
  await expect(third.getByRole("heading", { level: 1 })).toHaveText("Continue with your draft");
  await expectNoA11yViolations(third);

  // Without JavaScript, the button takes the draft.
  const other = await freshPage(browser, false);
  await other.goto(link);
  await other.getByRole("button", { name: "Öppna utkastet" }).click();
  await expect(other).toHaveURL(/\/forfragan\/oversikt$/);
  expect(await titleIn(other)).toBe("Cykelverkstad för unga");

  // Used once: the same link no longer works, in any browser.
  await third.goto(link);
  await expect(third).toHaveURL(/\/forfragan\/lanken-fungerar-inte$/);

  // A browser with a draft of its own is asked which one to keep.
  const second = await mailResumeLink(other);
  const secondToken = second.split("/").pop()!;
  const own = await freshPage(browser);
  await draftWithTitle(own, "Läxhjälp på landsbygden");
  await own.goto(`/en/request/continue/${secondToken}`);
  await expect(own.getByRole("heading", { name: "This browser already has a draft" })).toBeVisible();
  await expectNoA11yViolations(own);
  await own.getByRole("button", { name: "Keep the draft in this browser" }).click();
  await expect(own).toHaveURL(/\/en\/request\/overview$/);
  expect(await titleIn(own)).toBe("Läxhjälp på landsbygden");

  await own.goto(second);
  await expect(own.getByRole("heading", { name: "Den här webbläsaren har redan ett utkast" })).toBeVisible();
  await expectNoA11yViolations(own);
  await own.getByRole("button", { name: "Öppna utkastet från länken" }).click();
  await expect(own).toHaveURL(/\/forfragan\/oversikt$/);
  expect(await titleIn(own)).toBe("Cykelverkstad för unga");

  // Links mailed before the confirmation page existed lead to it.
  const old = await page.request.get(`/api/intake/resume/${secondToken}?lang=en`, { maxRedirects: 0 });
  expect(old.status()).toBe(303);
  expect(old.headers()["location"]).toBe(`/en/request/continue/${secondToken}`);
});

test("a lost status link is replaced through the contact address, and the old one stops working", async ({
  page,
  browser,
}, testInfo) => {
  const email = `lost-${unique()}@org.test`;
  const { number, statusLink } = await sendQuickRequest(page, email);

  await page.goto("/");
  await page.getByRole("link", { name: /Få en ny länk/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Få en ny länk till ert ärende");
  await expectNoA11yViolations(page);
  await page.getByRole("button", { name: "Skicka en ny länk" }).click();
  await expect(page).toHaveTitle(/^Fel: /);
  await expect(page.locator("#fel").getByRole("link")).toHaveText(
    "Skriv en e-postadress, till exempel namn@exempel.se.",
  );
  await expectNoA11yViolations(page);

  await page.locator("#email").fill(email.toUpperCase());
  await page.locator("#number").fill(number);
  await page.getByRole("button", { name: "Skicka en ny länk" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Titta i er e-post");
  expect(page.url()).not.toContain("lost-");
  await expectNoA11yViolations(page);

  const mail = await waitForMail(
    (m) => m.to.includes(email) && m.subject.includes(`Ny länk till ärende ${number}`),
  );
  const fresh = extractLinks(mail.text).find((l) => l.includes("/status/"))!;
  expect(fresh).not.toBe(statusLink);
  await page.goto(statusLink);
  await expect(page.getByRole("link", { name: /Få en ny länk/ })).toBeVisible();
  // The replaced link's page is rendered on the server: it reads the same without JavaScript.
  const noScript = await browser.newContext({
    javaScriptEnabled: false,
    baseURL: testInfo.project.use.baseURL,
  });
  const plain = await noScript.newPage();
  await plain.goto(statusLink);
  await expect(plain.getByRole("heading", { level: 1 })).toHaveText("Sidan finns inte");
  await expect(plain.getByRole("link", { name: /Få en ny länk/ })).toBeVisible();
  await noScript.close();
  await page.goto(fresh);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(number);

  // In English, and for an address with no case: the very same answer.
  await page.goto("/en/new-status-link");
  await expectNoA11yViolations(page);
  await page.locator("#email").fill(`nobody-${unique()}@org.test`);
  await page.getByRole("button", { name: "Send a new link" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
  await expectNoA11yViolations(page);
});
