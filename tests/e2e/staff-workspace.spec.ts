import { expect, test, type Page } from "@playwright/test";
import { sendQuickRequest } from "./support/intake";
import { openCase, signInAs, unique } from "./support/staff";

// Staff pages use the width of the screen: the inbox fits a 1280-pixel screen without scrolling
// sideways and becomes one block per case at 375 pixels; the case page has two columns from 1024
// pixels (the request beside actions, people and records) and one column on a phone.

const LONG_TITLE =
  "Sommarlovsaktiviteter, läxhjälp, simskola och samtalsgrupper för barn och unga i alla " +
  "stadsdelar med föreningar, fritidsgårdar och bibliotek"; // close to the longest title (150)

async function expectNoSidewaysScroll(page: Page) {
  const found = await page.evaluate(() => {
    const client = document.documentElement.clientWidth;
    // The texts that stick out, named in the failure message.
    const wide: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node && wide.length < 5; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      if (range.getBoundingClientRect().right > client + 1)
        wide.push(`${node.parentElement?.tagName.toLowerCase()}: ${node.textContent?.slice(0, 30)}`);
    }
    return { scroll: document.documentElement.scrollWidth, client, wide };
  });
  expect(found.scroll, found.wide.join(", ")).toBeLessThanOrEqual(found.client);
}

test("the inbox fits 1280 px and stacks at 375 px; the case page has two columns on a wide screen", async ({
  page,
}, testInfo) => {
  const { number } = await sendQuickRequest(page, `bredd-${unique()}@org.test`, LONG_TITLE);
  await signInAs(page, "lots");

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/staff/cases?status=OPEN`);
  await expectNoSidewaysScroll(page);
  const table = page.getByTestId("inbox-table");
  const inner = await table.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(inner.scroll).toBeLessThanOrEqual(inner.client);
  // The long subject is cut to two lines, the whole of it still in the page.
  const subject = page.locator("td span.line-clamp-2", { hasText: LONG_TITLE.slice(0, 40) }).first();
  await expect(subject).toHaveAttribute("title", LONG_TITLE);
  await page.screenshot({ path: testInfo.outputPath("inbox-1280.png"), fullPage: true });

  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`/staff/cases?status=OPEN`);
  await expectNoSidewaysScroll(page);
  const cell = page.locator("td[data-label]").first();
  expect(await cell.evaluate((el) => getComputedStyle(el).display)).toBe("block");
  await page.screenshot({ path: testInfo.outputPath("inbox-375.png"), fullPage: true });

  await page.setViewportSize({ width: 1280, height: 900 });
  await openCase(page, number);
  await expectNoSidewaysScroll(page);
  const answers = (await page.locator("#answers-h").boundingBox())!;
  const actions = (await page.locator("#actions-h").boundingBox())!;
  // Side by side: the request on the left, the actions on the right, both near the top.
  expect(actions.x).toBeGreaterThan(answers.x + answers.width);
  expect(Math.abs(actions.y - answers.y)).toBeLessThan(80);
  await page.screenshot({ path: testInfo.outputPath("case-1280.png"), fullPage: true });

  await page.setViewportSize({ width: 375, height: 800 });
  await page.reload();
  await expectNoSidewaysScroll(page);
  const narrowAnswers = (await page.locator("#answers-h").boundingBox())!;
  const narrowActions = (await page.locator("#actions-h").boundingBox())!;
  // One column: the actions come first, the request below them.
  expect(Math.abs(narrowActions.x - narrowAnswers.x)).toBeLessThan(2);
  expect(narrowAnswers.y).toBeGreaterThan(narrowActions.y);
  await page.screenshot({ path: testInfo.outputPath("case-375.png"), fullPage: true });
});

test("public pages keep their readable measure on a wide screen", async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.goto("/");
  const main = (await page.locator("main").boundingBox())!;
  expect(main.width).toBeLessThanOrEqual(896);
});

test("links are plain links: a page has the browser fetch nothing more from the server, and a click loads the next page", async ({
  page,
}) => {
  // Next.js' router link has the browser prefetch every page it points at: one inbox view asked the
  // server for 42 more renders (lib/i18n/navigation.tsx). Only the language switch keeps it.
  const fetched: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("_rsc=") || r.headers()["rsc"] || r.headers()["next-router-prefetch"])
      fetched.push(r.url());
  });
  await page.goto("/");
  await signInAs(page, "lots");
  await page.goto("/staff/cases");
  await page.mouse.wheel(0, 3000);
  await page.waitForTimeout(2000);
  expect(fetched).toEqual([]);

  const document = page.waitForRequest((r) => r.resourceType() === "document");
  await page.locator('a[href^="/staff/cases/"]').first().click();
  expect((await document).url()).toMatch(/\/staff\/cases\/[0-9a-f-]{36}$/);
  await expect(page).toHaveURL(/\/staff\/cases\/[0-9a-f-]{36}$/);
  expect(fetched).toEqual([]);
});
