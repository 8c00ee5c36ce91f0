import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";

// Staff sign-in and sign-out with a password (with and without JavaScript) and through a real
// OpenID Connect provider (tests/support/oidc-provider.ts, started by playwright.config.ts).

const LOTS = { email: "lots@lotsen.example", password: "demo-lots-2026", name: "Maja Lindqvist" };
const LOTS2 = { email: "lots2@lotsen.example", password: "demo-lots-2026", name: "Erik Holm" };

/** Failed attempts count per address and account: each test failing on purpose uses its own of both. */
const ownAddress = () => ({
  "x-forwarded-for": `2001:db8:${randomUUID().slice(0, 4)}:${randomUUID().slice(0, 4)}::1`,
});
// The ports playwright.config.ts gives the portal and the test OpenID Connect provider.
const nobody = () => `nobody-${randomUUID().slice(0, 8)}@lotsen.example`;

// The portal and the test provider, on the ports playwright.config.ts gave them.
const PORTAL = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;
const PROVIDER = `http://127.0.0.1:${process.env.E2E_OIDC_PORT ?? 3101}`;

async function signIn(page: Page, user: { email: string; password: string }) {
  await page.getByLabel("E-postadress").fill(user.email);
  await page.getByLabel("Lösenord").fill(user.password);
  await page.getByRole("button", { name: "Logga in" }).click();
}

for (const javaScriptEnabled of [false, true]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("a signed-out visit to the staff area goes to the sign-in page and back after signing in", async ({
      page,
    }) => {
      const user = javaScriptEnabled ? LOTS2 : LOTS;
      await page.goto("/staff");
      await expect(page).toHaveURL(/\/staff\/login$/);
      await expect(page).toHaveTitle(/^Logga in/);
      await signIn(page, user);
      await expect(page).toHaveURL(/\/staff\/cases$/);
      await expect(page.getByText(`Inloggad som ${user.name}`).first()).toBeVisible();

      // Signing out revokes the session: even a copy of the old cookie opens nothing.
      const copied = await page.context().cookies();
      await page.getByRole("button", { name: "Logga ut" }).first().click();
      await expect(page).toHaveURL(/\/staff\/login\?signedOut=1$/);
      await expect(page.getByRole("status")).toHaveText("Du är utloggad.");
      await page.context().addCookies(copied);
      await page.goto("/staff");
      await expect(page).toHaveURL(/\/staff\/login$/);
    });

    test("a wrong password shows the error", async ({ page }) => {
      await page.setExtraHTTPHeaders(ownAddress());
      await page.goto("/staff/login");
      await signIn(page, { email: nobody(), password: "fel-lösenord" });
      await expect(page).toHaveURL(/\/staff\/login\?error=credentials/);
      await expect(page).toHaveTitle(/^Fel: Logga in/);
      const summary = page.getByRole("alert", { name: "Det gick inte att logga in" });
      await expect(summary).toBeVisible();
      await expect(summary.getByRole("link", { name: "Fel e-postadress eller lösenord" })).toHaveAttribute(
        "href",
        "#email",
      );
      await expect(page.getByLabel("E-postadress")).toHaveAttribute("aria-invalid", "true");
    });
  });
}

test("the English sign-in page keeps the language and the return address", async ({ page }) => {
  await page.goto("/en/staff");
  await expect(page).toHaveURL(/\/en\/staff\/login$/);
  await page.getByLabel("Email address").fill(LOTS.email);
  await page.getByLabel("Password").fill(LOTS.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/en\/staff\/cases$/);
  await expect(page.getByText(`Signed in as ${LOTS.name}`).first()).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).first().click();
  await expect(page).toHaveURL(/\/en\/staff\/login\?signedOut=1$/);
  await expect(page.getByRole("status")).toHaveText("You are signed out.");
});

test("the sign-in page has no accessibility violations, in Swedish and English and with the error", async ({
  page,
}) => {
  await page.setExtraHTTPHeaders(ownAddress());
  await page.goto("/staff/login");
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  await expectNoA11yViolations(page);
  await signIn(page, { email: nobody(), password: "fel-lösenord" });
  await expect(page.getByRole("alert", { name: "Det gick inte att logga in" })).toBeVisible();
  await expectNoA11yViolations(page);

  await page.goto("/en/staff/login");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  await expectNoA11yViolations(page);
  await page.getByLabel("Email address").fill(nobody());
  await page.getByLabel("Password").fill("wrong-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveTitle(/^Error: Sign in/);
  await expect(page.getByRole("alert", { name: "You could not be signed in" })).toContainText(
    "Wrong email address or password",
  );
  await expectNoA11yViolations(page);
});

test("signing in through the municipality's OpenID Connect provider", async ({ page }) => {
  await page.goto("/staff/login");
  await page.getByRole("link", { name: "Logga in med Testkommunens inloggning" }).click();

  // The provider's own development login and consent pages.
  await expect(page).toHaveURL((url) => url.href.startsWith(`${PROVIDER}/interaction/`));
  await page.locator('input[name="login"]').fill("maja");
  await page.locator('input[name="password"]').fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page).toHaveURL(`${PORTAL}/staff/cases`);
  await expect(page.getByText(`Inloggad som ${LOTS.name}`).first()).toBeVisible();
  await page.getByRole("button", { name: "Logga ut" }).first().click();
  await expect(page).toHaveURL(/\/staff\/login\?signedOut=1$/);
});

test("an OpenID Connect identity without an active staff account is refused", async ({ page }) => {
  await page.goto("/staff/login");
  await page.getByRole("link", { name: "Logga in med Testkommunens inloggning" }).click();
  await page.locator('input[name="login"]').fill(nobody());
  await page.locator('input[name="password"]').fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page).toHaveURL(`${PORTAL}/staff/login?error=AccessDenied`);
  await expect(page.getByRole("alert", { name: "Det gick inte att logga in" })).toContainText(
    "Det finns inget aktivt konto",
  );
  await page.goto("/staff");
  await expect(page).toHaveURL(/\/staff\/login$/);
});

test("a note sent after the session ended is handed back to copy, with a way to sign in again", async ({
  page,
}) => {
  await page.goto("/staff/login");
  await signIn(page, LOTS);
  await page.goto("/staff/cases?q=Returhuset");
  await page
    .getByRole("link", { name: /^KS \d{4}\// })
    .first()
    .click();
  const note = `Ring föreningen om lokalen – ${randomUUID().slice(0, 8)}`;
  await page.getByLabel("Anteckning", { exact: true }).fill(note);
  // The session ends while the note is being written (as after 30 minutes idle).
  await page.context().clearCookies();
  await page.getByRole("button", { name: "Spara anteckningen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Du är inte inloggad längre");
  await expect(page.getByLabel("Det du skrev")).toHaveValue(note);
  await expectNoA11yViolations(page);
  await page.getByRole("link", { name: "Logga in igen" }).click();
  await expect(page).toHaveURL(/\/staff\/login/);
});
