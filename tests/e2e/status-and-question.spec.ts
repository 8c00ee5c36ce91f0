import { expect, test } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { sendQuickRequest } from "./support/intake";
import { extractLinks, findMails, waitForMail } from "./support/mailbox";

const unique = () => `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

for (const lang of ["sv", "en"] as const) {
  test(`a question gets a number, a receipt and a status page (${lang})`, async ({ page }) => {
    const email = `q-${lang}-${unique()}@org.test`;
    await page.goto(lang === "sv" ? "/fraga" : "/en/question");
    await expectNoA11yViolations(page);
    // Sent empty first: errors, kept input, accessible error page.
    await page.locator("#question-name").fill("Kim Frågare");
    await page.locator("#question-email").fill("inte-en-adress");
    await page.locator('form[action="/api/question"] button[type="submit"]').click();
    await expect(page).toHaveTitle(lang === "sv" ? /^Fel: / : /^Error: /);
    await expect(page.locator("#fel").getByRole("link")).toHaveCount(2);
    await expect(page.locator("#question-name")).toHaveValue("Kim Frågare");
    await expectNoA11yViolations(page);

    await page.locator("#question-email").fill(email);
    await page.locator("#question-question").fill("Kan vi söka IOP och föreningsbidrag samtidigt?");
    await page.locator('form[action="/api/question"] button[type="submit"]').click();
    const number = (await page.getByTestId("registration-number").textContent())!.trim();
    expect(number).toMatch(/^KS \d{4}\/\d{4}$/);
    await expectNoA11yViolations(page);

    const mail = await waitForMail((m) => m.to.includes(email) && m.subject.includes(number));
    expect(mail.text).not.toContain("Kan vi söka IOP");
    await page.goto(extractLinks(mail.text).find((l) => l.includes("/status/"))!);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(number);
    await expect(page.locator('[aria-current="step"]')).toContainText(
      lang === "sv" ? "Frågan har kommit in" : "arrived",
    );
    await expectNoA11yViolations(page);
  });
}

test("the applicant writes to lotsen and withdraws the request from the status page", async ({ page }) => {
  const email = `status-${unique()}@org.test`;
  const { number, statusLink } = await sendQuickRequest(page, email);
  await page.goto(statusLink);

  // An empty message is refused with a clear error.
  await page.locator('form[action$="/message"] button[type="submit"]').click();
  await expect(page.locator("#fel")).toContainText("Skriv ett meddelande.");
  await expectNoA11yViolations(page);
  await page.locator("#message").fill("Vi kan komma och presentera på tisdagar.");
  await page.locator('form[action$="/message"] button[type="submit"]').click();
  await expect(page.getByRole("status").filter({ hasText: "Ert meddelande har skickats" })).toBeVisible();
  await expect(page.getByText("Vi kan komma och presentera på tisdagar.")).toBeVisible();
  await waitForMail(
    (m) => m.to.includes("lotsen@kommun.test") && m.subject.includes(`Nytt meddelande i ärende ${number}`),
  );

  await page.locator("#reason").fill("Vi har fått finansiering på annat sätt.");
  await page.locator('form[action$="/withdraw"] button[type="submit"]').click();
  await expect(page.getByRole("heading", { name: /Ärendet är avslutat: Återkallat av er/ })).toBeVisible();
  await expect(page.getByText("Vi har fått finansiering på annat sätt.")).toBeVisible();
  await expect(page.locator('form[action$="/withdraw"]')).toHaveCount(0);
  await expectNoA11yViolations(page);
  await waitForMail((m) => m.to.includes(email) && m.subject.includes("har återkallats"));
});

test("a double click before the browser holds a cookie gives one question and the same receipt twice", async ({
  playwright,
  baseURL,
}) => {
  const email = `double-${unique()}@org.test`;
  const form = {
    locale: "sv",
    idempotencyKey: crypto.randomUUID(),
    name: "Dubbel Klickare",
    email,
    question: "Får vi låna en lokal till läxhjälp?",
  };
  // Two browsers' worth of cookie jars, both empty: the second click's response is the one a browser shows.
  const clients = await Promise.all([0, 1].map(() => playwright.request.newContext({ baseURL })));
  const posts = await Promise.all(
    clients.map((client) =>
      client.post("/api/question", { form, headers: { Origin: baseURL! }, maxRedirects: 0 }),
    ),
  );
  expect(posts.map((p) => [p.status(), p.headers().location])).toEqual([
    [303, "/fraga/kvitto"],
    [303, "/fraga/kvitto"],
  ]);
  const receipts = await Promise.all(
    clients.map(async (client) => (await client.get("/fraga/kvitto")).text()),
  );
  const numbers = receipts.map((html) => html.match(/KS \d{4}\/\d{4}/)?.[0]);
  expect(numbers[0]).toBeTruthy();
  expect(numbers[1]).toBe(numbers[0]);

  const receipt = await waitForMail((m) => m.to.includes(email));
  expect(receipt.messageId).toMatch(/^<[0-9a-f-]{36}@127\.0\.0\.1>$/); // the outbox row's id
  await new Promise((resolve) => setTimeout(resolve, 3000)); // a second question's receipt would follow soon
  expect(await findMails((m) => m.to.includes(email))).toHaveLength(1);
  await Promise.all(clients.map((client) => client.dispose()));
});

test("the prerendered question form: a double click from one address is one question, a new question is another", async ({
  playwright,
  baseURL,
}) => {
  const client = await playwright.request.newContext({ baseURL });
  const page = await client.get("/fraga");
  expect(page.headers()["x-nextjs-prerender"]).toBeTruthy();
  expect(await page.text()).not.toContain('name="idempotencyKey"');
  // The same page for everyone, from the first visit: no cookie, cacheable by a shared cache.
  expect(page.headers()["set-cookie"]).toBeUndefined();
  expect((await client.storageState()).cookies).toEqual([]);
  expect(page.headers()["cache-control"]).toMatch(/s-maxage/);

  const email = `prerendered-${unique()}@org.test`;
  const ask = (question: string) =>
    client.post("/api/question", {
      form: { locale: "sv", name: "Dubbel Klickare", email, question },
      headers: { Origin: baseURL! },
      maxRedirects: 0,
    });
  const number = async () => (await (await client.get("/fraga/kvitto")).text()).match(/KS \d{4}\/\d{4}/)?.[0];

  const double = await Promise.all([ask("Får vi låna en lokal?"), ask("Får vi låna en lokal?")]);
  expect(double.map((p) => [p.status(), p.headers().location])).toEqual([
    [303, "/fraga/kvitto"],
    [303, "/fraga/kvitto"],
  ]);
  const first = await number();
  expect(first).toBeTruthy();
  // A re-post after the receipt (the back button, then send again): still the same question.
  expect((await ask("Får vi låna en lokal?")).headers().location).toBe("/fraga/kvitto");
  expect(await number()).toBe(first);

  expect((await ask("Kan vi få hjälp med en ansökan?")).headers().location).toBe("/fraga/kvitto");
  const second = await number();
  expect(second).toMatch(/^KS \d{4}\/\d{4}$/);
  expect(second).not.toBe(first);

  await waitForMail((m) => m.to.includes(email) && m.subject.includes(first!));
  await waitForMail((m) => m.to.includes(email) && m.subject.includes(second!));
  await new Promise((resolve) => setTimeout(resolve, 3000)); // a duplicate's receipt would follow soon
  expect(await findMails((m) => m.to.includes(email))).toHaveLength(2);
  await client.dispose();
});
