import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { base32Decode, totp } from "@/lib/domain/totp";
import { expectNoA11yViolations } from "./a11y";
import { invite } from "./support/admin";
import { extractLinks, waitForMail } from "./support/mailbox";
import { ADMIN, submitPassword, type Credentials } from "./support/staff";

// Two-step sign-in for a password account whose role requires it (a decision maker invited by an
// administrator): setting up with the QR code's key read from the page, signing in with a code and
// with a recovery code, with and without JavaScript; the account page's sessions and password; and
// an administrator's reset. The demo accounts are exempt in demo mode, which the e2e server runs in.

const id = randomUUID().slice(0, 8);
const person = {
  name: `Dora Direktör ${id}`,
  email: `dora-${id}@lotsen.example`,
  password: `blå-häst-${id}-galopperar`,
};
let secret: Buffer;
let recoveryCodes: string[] = [];

let lastStep = 0;
/** The code for a moment, remembering its 30-second step: the server takes each step once. */
function codeAt(at: Date) {
  lastStep = Math.max(lastStep, Math.floor(at.getTime() / 30_000));
  return totp(secret, at);
}
/** A code for the next 30-second step: the current one may already have been used, once. */
const nextCode = () => codeAt(new Date(Date.now() + 30_000));
/** A code for a step not used yet: waits for the clock to pass the last one used. */
async function unusedCode(page: Page) {
  while (Math.floor(Date.now() / 30_000) <= lastStep) await page.waitForTimeout(1000);
  return codeAt(new Date());
}

const password = (page: Page, user: Credentials, prefix = "") =>
  submitPassword(page, user, `${prefix}/staff/login`);

async function withCode(page: Page, code: string) {
  await expect(page).toHaveURL(/\/staff\/login\/code/);
  await page.locator("#code").fill(code);
  await page.locator('form[action="/api/staff/login/code"] button[type="submit"]').click();
  await expect(page.getByRole("button", { name: /Logga ut|Sign out/ }).first()).toBeVisible();
}

async function newBrowser(browser: Browser, javaScriptEnabled = true) {
  return (await browser.newContext({ javaScriptEnabled })).newPage();
}

test.describe.serial("two-step sign-in", () => {
  test("a decision maker sets up the second factor right after the password and gets recovery codes", async ({
    page,
    browser,
  }) => {
    await password(page, ADMIN);
    await invite(page, person.name, person.email, "DIRECTOR");
    const mail = await waitForMail((m) => m.to.includes(person.email));
    const link = extractLinks(mail.text).find((l) => l.includes("/staff/set-password?token="))!;

    const dora = await newBrowser(browser);
    await dora.goto(link);
    await dora.locator("#password").fill(person.password);
    await dora.locator("#confirm").fill(person.password);
    await dora.getByRole("button", { name: "Spara lösenord" }).click();
    await password(dora, person);
    // No session yet: the staff area still asks to sign in.
    await expect(dora).toHaveURL(/\/staff\/login\/setup$/);
    await expect(dora.getByRole("heading", { level: 1 })).toHaveText("Aktivera tvåstegsverifiering");
    await expect(dora.getByRole("img", { name: /QR-kod/ }).locator("svg")).toBeVisible();
    await expectNoA11yViolations(dora);
    secret = base32Decode((await dora.locator("#secret").textContent())!);

    await dora.locator("#code").fill("000000");
    await dora.getByRole("button", { name: "Aktivera" }).click();
    await expect(dora).toHaveTitle(/^Fel: Aktivera tvåstegsverifiering/);
    await expect(dora.locator("#fel").getByRole("link")).toHaveAttribute("href", "#code");
    await expect(dora.locator("#code")).toHaveAttribute("aria-invalid", "true");
    await expectNoA11yViolations(dora);

    await dora.locator("#code").fill(codeAt(new Date()));
    await dora.getByRole("button", { name: "Aktivera" }).click();
    await expect(dora.getByRole("heading", { level: 1 })).toHaveText("Dina reservkoder");
    recoveryCodes = await dora.locator("[data-recovery-code]").allTextContents();
    expect(recoveryCodes).toHaveLength(10);
    await expectNoA11yViolations(dora);
    await dora.getByRole("button", { name: "Jag har sparat koderna" }).click();
    await expect(dora.getByRole("button", { name: "Logga ut" })).toBeVisible();
    // Shown once: the page is gone afterwards.
    await dora.goto("/staff/account/recovery-codes");
    await expect(dora).toHaveURL(/\/staff\/account$/);
    await expect(dora.getByText("Tvåstegsverifiering är på.")).toBeVisible();
    await expect(dora.getByText("Oanvända reservkoder: 10 av 10.")).toBeVisible();
    await dora.context().close();
  });

  test("signs in with a code, then with a recovery code; the code page passes axe in both languages", async ({
    browser,
  }) => {
    const dora = await newBrowser(browser);
    await password(dora, person);
    await expect(dora.getByRole("heading", { level: 1 })).toHaveText("Ange kod");
    await expectNoA11yViolations(dora);
    await withCode(dora, nextCode());
    await dora.getByRole("button", { name: "Logga ut" }).click();

    await password(dora, person, "/en");
    await expect(dora).toHaveURL(/\/en\/staff\/login\/code$/);
    await expect(dora.getByRole("heading", { level: 1 })).toHaveText("Enter code");
    await expectNoA11yViolations(dora);
    await withCode(dora, recoveryCodes[0]!);
    for (const prefix of ["", "/en"]) {
      await dora.goto(`${prefix}/staff/account`);
      await expect(dora.getByText(/Oanvända reservkoder: 9|Unused recovery codes: 9/)).toBeVisible();
      await expectNoA11yViolations(dora);
    }
    // A used recovery code is refused next time.
    await dora.context().clearCookies();
    await password(dora, person);
    await dora.locator("#code").fill(recoveryCodes[0]!);
    await dora.locator('form[action="/api/staff/login/code"] button[type="submit"]').click();
    await expect(dora.locator("#fel")).toContainText("Koden stämmer inte");
    await dora.context().close();
  });

  test("the code step works without JavaScript", async ({ browser }) => {
    const dora = await newBrowser(browser, false);
    await password(dora, person);
    await expect(dora).toHaveURL(/\/staff\/login\/code$/);
    await dora.locator("#code").fill("12345");
    await dora.locator('form[action="/api/staff/login/code"] button[type="submit"]').click();
    await expect(dora).toHaveURL(/\/staff\/login\/code\?error=wrong#fel$/);
    await expect(dora.locator("#fel")).toContainText("Koden stämmer inte");
    await withCode(dora, recoveryCodes[1]!);
    await dora.context().close();
  });

  test("the account page ends another session, and a new password ends every other one", async ({
    browser,
  }) => {
    const here = await newBrowser(browser);
    const there = await newBrowser(browser);
    await password(here, person);
    await withCode(here, recoveryCodes[2]!);
    await password(there, person);
    await withCode(there, recoveryCodes[3]!);

    await here.getByRole("link", { name: "Mitt konto" }).click();
    await expect(here.locator('[data-session="current"]')).toHaveCount(1);
    const others = here.locator('[data-session="other"]');
    expect(await others.count()).toBeGreaterThanOrEqual(1);
    await others
      .first()
      .getByRole("button", { name: /Logga ut/ })
      .click();
    await expect(here.getByRole("status")).toHaveText("Inloggningen är avslutad.");
    await there.goto("/staff/account");
    await expect(there).toHaveURL(/\/staff\/login/);
    // Sessions left from the earlier tests' browsers end with "all the others".
    const endOthers = here.getByRole("button", { name: "Logga ut alla andra inloggningar" });
    if (await endOthers.count()) {
      await endOthers.click();
      await expect(here.getByRole("status")).toHaveText("Alla dina andra inloggningar är avslutade.");
    }
    await expect(here.locator('[data-session="other"]')).toHaveCount(0);

    await password(there, person);
    await withCode(there, recoveryCodes[4]!);
    await here.goto("/staff/account");
    await here.locator("#pw-current").fill(person.password);
    person.password = `${person.password}-ny`;
    await here.locator("#pw-password").fill(person.password);
    await here.locator("#pw-confirm").fill(person.password);
    await here.getByRole("button", { name: "Byt lösenord" }).click();
    await expect(here.getByRole("status")).toHaveText(
      "Lösenordet är bytt. Dina andra inloggningar är avslutade.",
    );
    await there.goto("/staff/account");
    await expect(there).toHaveURL(/\/staff\/login/);
    await here.goto("/staff/account");
    await expect(here.getByRole("heading", { level: 1 })).toHaveText("Mitt konto");

    // New recovery codes ask for a code from the app first.
    await here.locator("#mfa-code").fill("12345");
    await here.getByRole("button", { name: "Skapa nya reservkoder" }).click();
    await expect(here.locator("#fel").getByRole("link")).toHaveAttribute("href", "#mfa-code");
    await expect(here.locator("#mfa-code")).toHaveAttribute("aria-invalid", "true");
    await expectNoA11yViolations(here);
    await here.locator("#mfa-code").fill(await unusedCode(here));
    await here.getByRole("button", { name: "Skapa nya reservkoder" }).click();
    await expect(here.getByRole("heading", { level: 1 })).toHaveText("Dina reservkoder");
    await here.getByRole("button", { name: "Jag har sparat koderna" }).click();
    await expect(here.getByText("Oanvända reservkoder: 10 av 10.")).toBeVisible();
    await here.context().close();
    await there.context().close();
  });

  test("an administrator resets the factor, and the person sets it up again at the next sign-in", async ({
    page,
    browser,
  }) => {
    await password(page, ADMIN);
    await page.goto("/staff/admin/users");
    await page.getByRole("button", { name: `Återställ tvåstegsverifiering – ${person.name}` }).click();
    await expect(page.getByRole("status")).toContainText("Tvåstegsverifieringen är återställd");
    const dora = await newBrowser(browser);
    await password(dora, person);
    await expect(dora).toHaveURL(/\/staff\/login\/setup$/);
    await dora.context().close();
  });

  test("next-auth's own credentials endpoint does not skip the second factor", async ({
    playwright,
    baseURL,
  }) => {
    const signIn = async (user: { email: string; password: string }) => {
      const ctx = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL! } });
      const { csrfToken } = (await (await ctx.get("/api/auth/csrf")).json()) as { csrfToken: string };
      await ctx.post("/api/auth/callback/credentials", {
        form: { csrfToken, email: user.email, password: user.password, json: "true" },
        maxRedirects: 0,
      });
      const session = (await (await ctx.get("/api/auth/session")).json()) as { user?: { email: string } };
      await ctx.dispose();
      return session.user?.email;
    };
    // The same path works for an account that needs no second factor (a demo account in demo mode) …
    expect(await signIn({ email: "lots@lotsen.example", password: "demo-lots-2026" })).toBe(
      "lots@lotsen.example",
    );
    // … but gives no session to one that does.
    expect(await signIn(person)).toBeUndefined();
  });
});
