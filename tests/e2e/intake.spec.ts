import { expect, test, type Page } from "@playwright/test";
import { extractLinks, findMails, waitForMail } from "./support/mailbox";
import {
  activate,
  answersFor,
  checkA11y,
  fillAnswer,
  tabTo,
  uniqueOrgNumber,
  type Lang,
  type Mode,
} from "./support/intake";
import { withoutJavaScript } from "./support/without-javascript";

const SECTION_ORDER = [
  "organisation",
  "contact",
  "themes",
  "activity",
  "idea",
  "activities",
  "collaboration",
  "targetGroup",
  "organisationStructure",
  "competence",
  "partners",
  "partnerHow",
  "other",
];
const PATHS = {
  sv: {
    start: "/forfragan",
    section: "/forfragan/avsnitt/",
    attachments: "/forfragan/bilagor",
    check: "/forfragan/kontrollera",
  },
  en: {
    start: "/en/request",
    section: "/en/request/section/",
    attachments: "/en/request/attachments",
    check: "/en/request/check",
  },
};
const TEXT = {
  sv: { errorTitle: /^Fel: /, received: "Inkommen", current: "Pågår nu", sent: "Förfrågan har skickats" },
  en: {
    errorTitle: /^Error: /,
    received: "Received",
    current: "In progress",
    sent: "Your request has been sent",
  },
};
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const EXE = Buffer.from("MZ\x90\x00\x03\x00\x00\x00 this is not a document");

async function completeAndSend(page: Page, opts: { lang: Lang; mode: Mode; a11y: boolean; email: string }) {
  const { lang, mode, a11y } = opts;
  const paths = PATHS[lang];
  const answers = answersFor(opts.email, uniqueOrgNumber());

  await page.goto(paths.start);
  await checkA11y(page, a11y);
  await activate(page, 'form[action="/api/intake/start"] button', mode);
  await expect(page).toHaveURL(/oversikt|overview/);
  await checkA11y(page, a11y);
  await activate(page, `a[href$="${paths.section}organisation"]`, mode);

  for (const id of SECTION_ORDER) {
    await expect(page).toHaveURL(new RegExp(`${paths.section}${id}$`));
    await checkA11y(page, a11y);
    if (id === "organisation" && a11y) {
      // A wrong check digit: the error summary, the field's message, the title and the kept input.
      await page.locator("#organisation-name").fill("Föreningen Hej Grannar");
      await page.locator("#organisation-orgNumber").fill("802412-3451");
      await activate(page, 'button[value="continue"]', mode);
      await expect(page).toHaveTitle(TEXT[lang].errorTitle);
      const summary = page.locator("#fel");
      await expect(summary.getByRole("link")).toHaveCount(2); // the number and the organisation form
      await expect(page.locator("#organisation-orgNumber")).toHaveValue("802412-3451");
      await expect(page.locator("#organisation-orgNumber")).toHaveAttribute("aria-invalid", "true");
      await checkA11y(page, true);
      await page.locator("#organisation-orgNumber").fill("");
    }
    for (const answer of answers[id]!) {
      if (mode === "pointer" && answer.kind !== "checkbox" && answer.kind !== "select")
        await page.locator(`#${answer.id}`).fill("");
      await fillAnswer(page, answer, mode);
    }
    await activate(page, 'button[value="continue"]', mode);
  }

  await expect(page).toHaveURL(/oversikt|overview/);
  await expect(page.getByText(lang === "sv" ? "Klart" : "Completed", { exact: true })).toHaveCount(
    SECTION_ORDER.length,
  );
  await activate(page, `a[href$="${paths.attachments}"]`, mode);
  await expect(page).toHaveURL(new RegExp(`${paths.attachments}$`));
  await checkA11y(page, a11y);
  if (a11y) {
    await page
      .locator("#file")
      .setInputFiles({ name: "budget.pdf", mimeType: "application/pdf", buffer: EXE });
    await activate(page, 'form[enctype="multipart/form-data"] button[type="submit"]', mode);
    await expect(page).toHaveTitle(TEXT[lang].errorTitle);
    await expect(page.locator("#fel")).toContainText(
      lang === "sv" ? "inte av en tillåten typ" : "not allowed",
    );
    await checkA11y(page, true);
  }
  await page.locator("#file").setInputFiles({ name: "budget.pdf", mimeType: "application/pdf", buffer: PDF });
  await activate(page, 'form[enctype="multipart/form-data"] button[type="submit"]', mode);
  await expect(page.getByRole("link", { name: "budget.pdf" })).toBeVisible();
  await checkA11y(page, a11y);

  await page.goto(
    PATHS[lang].start.replace(
      /forfragan$|request$/,
      lang === "sv" ? "forfragan/oversikt" : "request/overview",
    ),
  );
  await activate(page, `a[href$="${paths.check}"]`, mode);
  await expect(page).toHaveURL(new RegExp(`${paths.check}$`));
  await checkA11y(page, a11y);
  await expect(page.getByText("Språkcafé med praktikmatchning").first()).toBeVisible();
  if (a11y) {
    // Sending without accepting the privacy notice: refused with a clear message, nothing sent.
    await activate(page, "#send", mode);
    await expect(page).toHaveTitle(TEXT[lang].errorTitle);
    await expect(page.locator("#fel")).toContainText(lang === "sv" ? "personuppgifter" : "personal data");
    await checkA11y(page, true);
  }
  if (mode === "keyboard") {
    await tabTo(page, "#consent");
    await page.keyboard.press("Space");
  } else await page.locator("#consent").check();
  await activate(page, "#send", mode);

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT[lang].sent);
  const number = (await page.getByTestId("registration-number").textContent())!.trim();
  expect(number).toMatch(/^KS \d{4}\/\d{4}$/);
  await checkA11y(page, a11y);

  const receipt = await waitForMail((m) => m.to.includes(opts.email) && m.subject.includes(number));
  // The address is not confirmed yet: the receipt carries no answer, only the link to them.
  expect(receipt.text).not.toContain("Språkcafé med praktikmatchning");
  const statusLink = extractLinks(receipt.text).find((l) => l.includes("/status/"))!;
  expect(statusLink).toBeTruthy();
  await waitForMail((m) => m.to.includes("lotsen@kommun.test") && m.subject.includes(number));

  await page.goto(statusLink);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(number);
  const current = page.locator('[aria-current="step"]');
  await expect(current).toContainText(TEXT[lang].received);
  await expect(current).toContainText(TEXT[lang].current);
  await checkA11y(page, a11y);
  return { number, statusLink };
}

const unique = () => `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

/** A request in Swedish without the accessibility scans, from a fresh address starting with `prefix`. */
const inSwedishUnscanned = (mode: Mode, prefix: string) => ({
  lang: "sv" as const,
  mode,
  a11y: false,
  email: `${prefix}-${unique()}@org.test`,
});

test("a new user sends a request in Swedish and follows it (axe on every page)", async ({ page }) => {
  await completeAndSend(page, { lang: "sv", mode: "pointer", a11y: true, email: `sv-${unique()}@org.test` });
});

test("a new user sends a request in English (axe on every page)", async ({ page }) => {
  await completeAndSend(page, { lang: "en", mode: "pointer", a11y: true, email: `en-${unique()}@org.test` });
});

// axe-core runs inside the page, so it cannot run here; the same pages are scanned above.
withoutJavaScript(() => {
  test("the whole flow works with JavaScript off", async ({ page }) => {
    await completeAndSend(page, inSwedishUnscanned("pointer", "nojs"));
  });
});

test("the whole flow works with the keyboard only", async ({ page }) => {
  await completeAndSend(page, inSwedishUnscanned("keyboard", "kb"));
});

test("sending twice creates one request and shows the same receipt", async ({ page }) => {
  const email = `twice-${unique()}@org.test`;
  const { number } = await completeAndSend(page, { lang: "sv", mode: "pointer", a11y: false, email });
  // Re-post the send form exactly as the browser did (same cookie): the same receipt, no new case.
  const res = await page.request.post("/api/intake/send", {
    form: { locale: "sv", consent: "yes", idempotencyKey: "00000000-0000-4000-8000-000000000001" },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(303);
  expect(res.headers()["location"]).toMatch(/\/forfragan\/kvitto$/);
  await page.goto("/forfragan/kvitto");
  await expect(page.getByTestId("registration-number")).toHaveText(number);
  await page.waitForTimeout(1500);
  expect(await findMails((m) => m.to.includes(email))).toHaveLength(1);
});
