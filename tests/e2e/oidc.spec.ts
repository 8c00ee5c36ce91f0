import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type BrowserContextOptions, type Page } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { invite } from "./support/admin";
import { hydrated } from "./support/hydration";
import { ADMIN, signInWithPassword } from "./support/staff";

// OpenID Connect against the real test provider (tests/support/oidc-provider.ts): the first sign-in
// binds the account, an email changed at the provider still reaches it, an unverified email matches
// nothing, roles follow the group claim, and administrators can turn password sign-in off.

const OIDC = `http://127.0.0.1:${process.env.E2E_OIDC_PORT ?? 3101}`;
const BUTTON = "Logga in med Testkommunens inloggning";

test.describe.configure({ mode: "serial" });

/** Describes (or changes) an account at the provider. */
async function atProvider(
  login: string,
  claims: { email: string; email_verified: unknown; groups?: string[] },
) {
  const response = await fetch(`${OIDC}/test/users/${encodeURIComponent(login)}`, {
    method: "PUT",
    body: JSON.stringify(claims),
  });
  expect(response.status).toBe(204);
}

/** Signs in through the provider's own login and consent pages. */
async function oidcSignIn(page: Page, login: string) {
  await page.goto("/staff/login");
  await page.getByRole("link", { name: BUTTON }).click();
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  // Back at the portal (the callback redirects at once), signed in or refused.
  await page.waitForURL((url) => url.origin !== OIDC);
}

/** A browser of the person's own (the provider remembers who signed in, per browser). */
async function inOwnBrowser<T>(
  browser: Browser,
  steps: (page: Page) => Promise<T>,
  options: BrowserContextOptions = {},
) {
  const context = await browser.newContext(options);
  try {
    return await steps(await context.newPage());
  } finally {
    await context.close();
  }
}

const passwordSignIn = (page: Page, path?: string) => signInWithPassword(page, ADMIN, path);

const userRow = (page: Page, name: string) => page.getByRole("row").filter({ hasText: name });

/** A new person, invited by the administrator (who is signed in on `page`) with `role`. */
async function invitedPerson(page: Page, prefix: string, role: "LOTS" | "DIRECTOR") {
  const id = randomUUID().slice(0, 8);
  const person = {
    name: `${prefix} Test ${id}`,
    login: `${prefix.toLowerCase()}-${id}`,
    email: `${prefix.toLowerCase()}-${id}@kommun.test`,
  };
  await passwordSignIn(page);
  await invite(page, person.name, person.email, role);
  return person;
}

test("the first sign-in binds the account, and an email changed at the provider still signs into it", async ({
  page,
  browser,
}) => {
  const anna = await invitedPerson(page, "Anna", "LOTS");
  await atProvider(anna.login, { email: anna.email, email_verified: true });

  await inOwnBrowser(browser, async (own) => {
    await oidcSignIn(own, anna.login);
    await expect(own).toHaveURL(/\/staff\/cases$/);
    await expect(own.getByText(`Inloggad som ${anna.name}`).first()).toBeVisible();
  });
  // What the provider saw: PKCE (S256), a nonce and a state.
  expect(await (await fetch(`${OIDC}/test/last-authorization`)).json()).toEqual({
    code_challenge: true,
    code_challenge_method: "S256",
    nonce: true,
    state: true,
  });

  // The organisation changes Anna's address: the same provider account signs into the same account,
  // which now has the new address.
  const changed = `anna.ny-${anna.login}@kommun.test`;
  await atProvider(anna.login, { email: changed, email_verified: true });
  await inOwnBrowser(browser, async (own) => {
    await oidcSignIn(own, anna.login);
    await expect(own.getByText(`Inloggad som ${anna.name}`).first()).toBeVisible();
  });
  await page.goto("/staff/admin/users");
  await expect(userRow(page, anna.name)).toContainText(changed);

  // Another provider account claiming that address is not Anna.
  await atProvider(`imposter-${anna.login}`, { email: changed, email_verified: true });
  await inOwnBrowser(browser, async (own) => {
    await oidcSignIn(own, `imposter-${anna.login}`);
    await expect(own).toHaveURL(/\/staff\/login\?error=AccessDenied$/);
  });
});

test("an email the provider has not verified matches no account", async ({ page, browser }) => {
  const bo = await invitedPerson(page, "Bo", "LOTS");
  await atProvider(bo.login, { email: bo.email, email_verified: false });

  await inOwnBrowser(browser, async (own) => {
    await oidcSignIn(own, bo.login);
    await expect(own).toHaveURL(/\/staff\/login\?error=OidcUnverified$/);
    await expect(own.getByRole("alert", { name: "Det gick inte att logga in" })).toContainText(
      "har inte bekräftat din e-postadress",
    );
    await expectNoA11yViolations(own);
    await own.goto("/staff");
    await expect(own).toHaveURL(/\/staff\/login$/);
  });

  // Verified, the same provider account is matched and bound.
  await atProvider(bo.login, { email: bo.email, email_verified: true });
  await inOwnBrowser(browser, async (own) => {
    await oidcSignIn(own, bo.login);
    await expect(own.getByText(`Inloggad som ${bo.name}`).first()).toBeVisible();
  });
});

test("roles follow the group claim as administrators map it", async ({ page, browser }) => {
  const cia = await invitedPerson(page, "Cia", "DIRECTOR");

  await page.goto("/staff/admin/settings#inloggning");
  await page.locator("#signin-roles-ADMIN").fill("x".repeat(201));
  await page.getByRole("button", { name: "Spara inloggningen" }).click();
  await expect(page).toHaveTitle(/^Fel: /);
  await expect(
    page.locator("#fel").getByRole("link", { name: /Administratör: Ett värde får vara högst 200 tecken/ }),
  ).toHaveAttribute("href", "#signin-roles-ADMIN");
  await expect(page.locator("#signin-roles-ADMIN")).toHaveAttribute("aria-invalid", "true");
  // The page shows the refused value again; typed over before hydration, it would come back.
  await (await hydrated(page.locator("#signin-roles-ADMIN"))).fill("");
  await page.locator("#signin-roles-LOTS").fill("lotsen-handlaggare\nlotsen-vikarier");
  await page.locator("#signin-roles-REGISTRAR").fill("lotsen-registratur");
  await page.getByRole("button", { name: "Spara inloggningen" }).click();
  await expect(page.getByRole("status")).toHaveText("Inställningarna för inloggning är sparade.");
  await expect(page.locator("#signin-roles-LOTS")).toHaveValue("lotsen-handlaggare\nlotsen-vikarier");
  await expectNoA11yViolations(page);
  await page.goto("/en/staff/admin/settings");
  await expect(page.getByRole("heading", { name: "Sign-in" })).toBeVisible();
  await expectNoA11yViolations(page);

  try {
    const groups = ["lotsen-vikarier", "lotsen-registratur"];
    await atProvider(cia.login, { email: cia.email, email_verified: true, groups });
    // The roles' audit row names the sign-in's request, as a form post's rows do.
    const requestId = randomUUID();
    await inOwnBrowser(browser, (own) => oidcSignIn(own, cia.login), {
      extraHTTPHeaders: { "x-request-id": requestId },
    });
    await page.goto("/staff/admin/users");
    await expect(userRow(page, cia.name)).toContainText("Lots, Beslutsfattare, Registrator");
    const trail = await (await page.request.get("/api/staff/audit/export")).text();
    expect(trail.split("\n").filter((row) => row.includes(requestId)).length).toBeGreaterThan(0);

    // Out of the group at the provider: the mapped role goes, the one given by hand stays.
    await atProvider(cia.login, { email: cia.email, email_verified: true, groups: [] });
    await inOwnBrowser(browser, (own) => oidcSignIn(own, cia.login));
    await page.reload();
    await expect(userRow(page, cia.name).locator("td").nth(2)).toHaveText("Beslutsfattare");
  } finally {
    await page.goto("/staff/admin/settings");
    await (await hydrated(page.locator("#signin-roles-LOTS"))).fill("");
    await page.locator("#signin-roles-REGISTRAR").fill("");
    await page.getByRole("button", { name: "Spara inloggningen" }).click();
    await expect(page.getByRole("status")).toHaveText("Inställningarna för inloggning är sparade.");
  }
});

test("an administrator signed in through the provider can turn password sign-in off", async ({
  page,
  browser,
}) => {
  // With a password session the switch is refused, so nobody can lock everyone out.
  await passwordSignIn(page, "/staff/login?callbackUrl=%2Fstaff%2Fadmin%2Fsettings");
  await page.locator("#signin-passwordSignIn").uncheck();
  await page.getByRole("button", { name: "Spara inloggningen" }).click();
  await expect(page.locator("#fel")).toContainText(
    "Du kan bara stänga av lösenord när du själv har loggat in med Testkommunens inloggning",
  );
  await expect(page.locator("#signin-passwordSignIn")).not.toBeChecked();
  await expect(page.locator("#signin-passwordSignIn")).toHaveAttribute("aria-invalid", "true");

  // Without JavaScript, the administrator signs in through the provider and turns passwords off.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const admin = await context.newPage();
  try {
    await oidcSignIn(admin, ADMIN.email);
    await expect(admin.getByText("Inloggad som").first()).toBeVisible();
    await admin.goto("/staff/admin/settings");
    await admin.locator("#signin-passwordSignIn").uncheck();
    await admin.getByRole("button", { name: "Spara inloggningen" }).click();
    await expect(admin.getByRole("status")).toHaveText("Inställningarna för inloggning är sparade.");
    await expect(admin.locator("#signin-passwordSignIn")).not.toBeChecked();

    await inOwnBrowser(
      browser,
      async (anon) => {
        await anon.goto("/staff/login");
        await expect(anon.locator("#password")).toHaveCount(0);
        await expect(anon.getByRole("link", { name: BUTTON })).toBeVisible();
        await expectNoA11yViolations(anon);
        await anon.goto("/en/staff/login");
        await expect(anon.locator("#password")).toHaveCount(0);
        await expectNoA11yViolations(anon);

        // The sign-in routes themselves refuse the right password: ours and next-auth's own.
        const base = new URL(anon.url()).origin;
        const ours = await anon.request.post("/api/staff/login", {
          form: { email: ADMIN.email, password: ADMIN.password, locale: "sv", callbackUrl: "/staff" },
          headers: { origin: base },
          maxRedirects: 0,
        });
        expect(ours.status()).toBe(303);
        expect(ours.headers().location).toMatch(/\/staff\/login\?.*error=password-off/);
        const { csrfToken } = (await (await anon.request.get("/api/auth/csrf")).json()) as {
          csrfToken: string;
        };
        const theirs = await anon.request.post("/api/auth/callback/credentials", {
          form: { csrfToken, email: ADMIN.email, password: ADMIN.password, callbackUrl: "/staff" },
          headers: { origin: base },
          maxRedirects: 0,
        });
        expect(theirs.headers().location).toMatch(/error=CredentialsSignin/);
        await anon.goto("/staff");
        await expect(anon).toHaveURL(/\/staff\/login$/);
        await anon.goto("/staff/login?error=password-off");
        await expect(anon.getByRole("alert", { name: "Det gick inte att logga in" })).toContainText(
          "Inloggning med lösenord är avstängd",
        );
      },
      // axe runs in the page, so this browser has JavaScript; the administrator's has none.
    );
  } finally {
    await admin.goto("/staff/admin/settings");
    await admin.locator("#signin-passwordSignIn").check();
    await admin.getByRole("button", { name: "Spara inloggningen" }).click();
    await expect(admin.getByRole("status")).toHaveText("Inställningarna för inloggning är sparade.");
    await context.close();
  }
  // On again: a password signs in.
  await inOwnBrowser(browser, (own) => passwordSignIn(own));
});
