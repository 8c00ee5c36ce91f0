import { expect, test, type Page } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { signInAs, unique } from "./support/staff";
import { withoutJavaScript } from "./support/without-javascript";

// The officials' dashboard, a partnership's follow-ups and its quarterly report, on the demo
// partnership that the demo seed creates (lib/server/db/follow-up-seed.ts).

const TITLE = "Vägen till arbete – praktik och stöd för unga vuxna";
const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Stockholm" }).format(new Date());
const currentQuarter = () => {
  const [year, month] = today().split("-").map(Number) as [number, number];
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
};

/** From the dashboard's list of follow-ups to the demo partnership's follow-up page; returns its id. */
async function openFollowUps(page: Page): Promise<string> {
  await page.goto("/staff/dashboard");
  await page.getByRole("link", { name: TITLE }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(TITLE);
  return /\/staff\/partnerships\/([0-9a-f-]{36})\/follow-ups/.exec(page.url())![1]!;
}

/** Sends the follow-up form; the follow-up of `who` is then listed with each of `shown`. */
async function submitFollowUp(page: Page, who: string, shown: string[]) {
  await page.getByRole("button", { name: "Registrera uppföljningen" }).click();
  await expect(page.getByRole("status")).toHaveText("Klart: uppföljningen är registrerad.");
  const recorded = page.getByRole("listitem").filter({ hasText: who });
  for (const text of shown) await expect(recorded).toContainText(text);
}

test("the dashboard shows the same open cases as the inbox, in Swedish and English, with no axe violations", async ({
  page,
}) => {
  await signInAs(page, "lots");
  await page.goto("/staff/cases?status=OPEN");
  const inbox = (await page.locator('strong[role="status"]').textContent()) ?? "";
  const open = /(\d+)/.exec(inbox)?.[1] ?? "0";

  await page.getByRole("link", { name: "Översikt" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Översikt för tjänstepersoner");
  await expect(page.locator('[data-figure="open"] dd')).toHaveText(open);
  const active = Number(await page.locator('[data-figure="active"] dd').textContent());
  expect(active).toBeGreaterThanOrEqual(1);
  // Each chart has its figures in a table with a caption and header cells.
  const perStep = page.getByRole("table", { name: "Öppna ärenden (förfrågningar och frågor) per steg" });
  await expect(perStep.getByRole("rowheader")).toHaveCount(6);
  await expect(page.getByRole("table", { name: /Inkomna ärenden per månad/ }).getByRole("row")).toHaveCount(
    13,
  );
  await expect(page.getByRole("link", { name: TITLE }).first()).toBeVisible();
  await expectNoA11yViolations(page);

  await page.goto("/en/staff/dashboard");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard for officials");
  await expect(page.locator('[data-figure="open"] dd')).toHaveText(open);
  await expect(
    page.getByRole("table", { name: "Open cases (requests and questions) per step" }),
  ).toBeVisible();
  await expectNoA11yViolations(page);
});

test("a follow-up recorded through the form shows on the page and in the quarterly report", async ({
  page,
}) => {
  await signInAs(page, "lots");
  const id = await openFollowUps(page);
  await expect(page.getByRole("link", { name: "Till samarbetet" })).toHaveAttribute(
    "href",
    `/staff/partnerships/${id}`,
  );
  await expect(page.getByText("Försenad").first()).toBeVisible();
  await expectNoA11yViolations(page);

  const who = `Lena och Ahmed ${unique()}`;
  await page.getByLabel("Vilken uppföljning gäller det?").selectOption({ index: 0 });
  await page.getByLabel("Datum då uppföljningen hölls").fill(today());
  await page.getByLabel("Deltagare", { exact: true }).fill(who);
  await page.getByLabel("Anteckningar (frivilligt)").fill("Två nya praktikplatser.");
  await page.getByLabel("Värde: Andel deltagare i arbete eller studier (%)").fill("55,5");
  await page.getByLabel("Värde: Antal deltagare").fill("19");
  await submitFollowUp(page, who, [
    "Andel deltagare i arbete eller studier (%): 55,5",
    "Antal deltagare: 19",
  ]);

  await page.goto(`/staff/partnerships/${id}/report?period=${currentQuarter()}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Kvartalsrapport");
  await expect(page.getByText(who)).toBeVisible();
  const goals = page.getByRole("table", { name: /Varje mål med målvärde/ });
  await expect(goals.getByRole("row").filter({ hasText: "Andel deltagare" })).toContainText("55,5");
  await expect(goals.getByRole("row").filter({ hasText: "Andel deltagare" })).toContainText("50 %");
  await expectNoA11yViolations(page);
  const pdf = await page.request.get(
    (await page.getByRole("link", { name: "Ladda ner som PDF" }).getAttribute("href"))!,
  );
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

  await page.goto(`/en/staff/partnerships/${id}/follow-ups`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Follow-up: ${TITLE}`);
  await expect(page.getByRole("heading", { name: "Follow-ups held" })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.goto(`/en/staff/partnerships/${id}/report?period=${currentQuarter()}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Quarterly report");
  await expect(page.getByText(who)).toBeVisible();
  await expectNoA11yViolations(page);
});

withoutJavaScript(() => {
  test("the form explains what is wrong, keeps what was typed, and records an unscheduled follow-up", async ({
    page,
  }) => {
    await signInAs(page, "lots");
    await openFollowUps(page);
    await page
      .getByLabel("Vilken uppföljning gäller det?")
      .selectOption({ label: "En uppföljning utanför planen" });
    await page.getByLabel("Datum då uppföljningen hölls").fill(today());
    await page.getByLabel("Värde: Antal deltagare").fill("många");
    await page.getByRole("button", { name: "Registrera uppföljningen" }).click();

    await expect(page).toHaveTitle(/^Fel: /);
    const summary = page.getByRole("alert");
    await expect(summary.getByRole("link", { name: "Deltagare: Ange vilka som deltog" })).toHaveAttribute(
      "href",
      "#participants",
    );
    await expect(
      summary.getByRole("link", { name: /Antal deltagare: Ange värdet som ett tal/ }),
    ).toBeVisible();
    await expect(page.getByLabel("Datum då uppföljningen hölls")).toHaveValue(today());
    await expect(page.getByLabel("Värde: Antal deltagare")).toHaveValue("många");

    const who = `Styrgruppen ${unique()}`;
    await page.getByLabel("Deltagare", { exact: true }).fill(who);
    await page.getByLabel("Värde: Antal deltagare").fill("21");
    await submitFollowUp(page, who, ["Uppföljning utanför planen", "Antal deltagare: 21"]);
  });
});
