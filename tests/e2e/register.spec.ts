import { expect, test } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { withoutJavaScript } from "./support/without-javascript";

// The public IOP register, filled from the register collection (docs/domain.md) on the demo database's first
// start.

test("the register lists the partnerships of the register collection, filters them and opens one", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Samarbeten (IOP-register)" }).click();
  await expect(page).toHaveURL(/\/samarbeten$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Samarbeten");
  // 25 a page: the seed's partnerships are on the first two pages.
  const firstPage = await page
    .getByRole("list")
    .filter({ has: page.getByRole("article") })
    .innerText();
  await page.getByRole("link", { name: "Nästa sida" }).click();
  await expect(page).toHaveURL(/\/samarbeten\?page=2$/);
  const secondPage = await page
    .getByRole("list")
    .filter({ has: page.getByRole("article") })
    .innerText();
  for (const name of ["Yalla Trappan", "Skyddsvärnet; Fryshuset", "Örebro stadsmission", "BRIS", "63,5 %"]) {
    expect(`${firstPage}\n${secondPage}`).toContain(name);
  }

  await page.getByLabel("Kommun", { exact: true }).selectOption("Umeå");
  await page.getByLabel("Aktivt år").selectOption("2024");
  await page.getByRole("button", { name: "Visa" }).click();
  await expect(page).toHaveURL(/municipality=Ume%C3%A5/);
  await expect(page.getByText("2 partnerskap")).toBeVisible();
  await expect(
    page.getByRole("link", { name: "Skyddat boende för våldsutsatta kvinnor och barn" }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: /Yalla/ })).toHaveCount(0);

  await page.getByRole("link", { name: "Skyddat boende för våldsutsatta kvinnor och barn" }).click();
  await expect(page).toHaveURL(/\/samarbeten\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Skyddat boende för våldsutsatta kvinnor och barn",
  );
  await expect(page.getByText("Kvinno- och tjejjouren")).toBeVisible();
  await expect(page.getByText("2022–2024")).toBeVisible();
});

test("the register's open data downloads as CSV and JSON", async ({ page, request }) => {
  await page.goto("/samarbeten");
  const [csvDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Ladda ner som CSV" }).click(),
  ]);
  expect(csvDownload.suggestedFilename()).toBe("iop-register.csv");
  const [jsonDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Ladda ner som JSON" }).click(),
  ]);
  expect(jsonDownload.suggestedFilename()).toBe("iop-register.json");

  const csv = await request.get("/api/open-data/partnerships.csv");
  expect(csv.headers()["content-type"]).toMatch(/^text\/csv/);
  const body = await csv.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(body.toString("utf8")).toContain('"Yalla Trappan"');
  const json = (await (
    await request.get("/api/open-data/partnerships.json?municipality=Malm%C3%B6")
  ).json()) as {
    title: string;
    civil_society_parties: string;
  }[];
  expect(json.map((r) => r.civil_society_parties)).toContain("Stiftelsen Botildenborg");
  expect(json.every((r) => r.title)).toBe(true);
});

test("the register has no accessibility violations in Swedish and English", async ({ page }) => {
  await page.goto("/samarbeten");
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  await expectNoA11yViolations(page);
  await page.goto("/samarbeten?municipality=Ume%C3%A5");
  await page.getByRole("link", { name: "Vän i Umeå – integration och gemenskap" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vän i Umeå – integration och gemenskap");
  await expectNoA11yViolations(page);

  await page.goto("/en/partnerships");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Partnerships");
  await expect(page.getByRole("link", { name: "Partnerships (IOP register)" })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.goto("/en/partnerships?municipality=Ume%C3%A5");
  await page.getByRole("link", { name: "Vän i Umeå – integration och gemenskap" }).click();
  await expect(page).toHaveURL(/\/en\/partnerships\/[0-9a-f-]{36}$/);
  await expect(page.getByText("Civil-society party")).toBeVisible();
  await expectNoA11yViolations(page);
});

test("a later page of the register has no accessibility violations in Swedish and English", async ({
  page,
}) => {
  // axe runs in the page, so this scan has JavaScript; the same links are followed without it below.
  await page.goto("/samarbeten?page=2");
  await expect(page.getByRole("navigation", { name: "Sidor" })).toContainText(/Sida 2 av \d+/);
  await expectNoA11yViolations(page);
  await page.goto("/en/partnerships?page=2");
  await expect(page.getByRole("navigation", { name: "Pages" })).toContainText(/Page 2 of \d+/);
  await expectNoA11yViolations(page);
});

withoutJavaScript(() => {
  test("the register pages and searches with plain links and forms, in Swedish and English", async ({
    page,
  }) => {
    await page.goto("/samarbeten");
    const pages = page.getByRole("navigation", { name: "Sidor" });
    await expect(pages).toContainText(/Sida 1 av \d+/);
    await expect(page.getByRole("article")).toHaveCount(25);
    await pages.getByRole("link", { name: "Nästa sida" }).click();
    await expect(page).toHaveURL(/\/samarbeten\?page=2$/);
    await expect(pages).toContainText(/Sida 2 av \d+/);
    await pages.getByRole("link", { name: "Föregående sida" }).click();
    await expect(page).toHaveURL(/\/samarbeten$/);

    await page.getByLabel("Sök (titel, kommun eller part)").fill("Vän i Umeå");
    await page.getByRole("button", { name: "Visa" }).click();
    await expect(page).toHaveURL(/q=V%C3%A4n\+i\+Ume%C3%A5/);
    await expect(page.getByRole("link", { name: "Vän i Umeå – integration och gemenskap" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Sidor" })).toHaveCount(0);

    await page.goto("/en/partnerships");
    const english = page.getByRole("navigation", { name: "Pages" });
    await english.getByRole("link", { name: "Next page" }).click();
    await expect(page).toHaveURL(/\/en\/partnerships\?page=2$/);
    await expect(english).toContainText(/Page 2 of \d+/);
  });

  test("register pages may be cached by a CDN; open data answers 304 to its ETag", async ({ request }) => {
    const register = await request.get("/samarbeten");
    expect(register.headers()["cache-control"]).toMatch(/^public, max-age=\d+, stale-while-revalidate=\d+$/);
    const json = await request.get("/api/open-data/partnerships.json");
    const etag = json.headers()["etag"]!;
    expect(etag).toBeTruthy();
    const again = await request.get("/api/open-data/partnerships.json", {
      headers: { "if-none-match": etag },
    });
    expect(again.status()).toBe(304);
  });
});
