import { expect, type Page } from "@playwright/test";

// The administrators' pages in end-to-end tests: reaching a section through the administration
// menu, and inviting a staff member.

/** From `from`, follows the administration menu's link `link` and checks the page's heading. */
export async function openAdminSection(page: Page, from: string, link: string, heading: string) {
  await page.goto(from);
  await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: link }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
}

/** Invites a staff member with one role on the users page (signed in as an administrator). */
export async function invite(page: Page, name: string, email: string, role: "LOTS" | "DIRECTOR") {
  await page.goto("/staff/admin/users");
  await page.locator("#invite-name").fill(name);
  await page.locator("#invite-email").fill(email);
  await page.locator(`#invite-roles-${role}`).check();
  await page.getByRole("button", { name: "Skicka inbjudan" }).click();
  await expect(page.getByRole("status")).toHaveText("Inbjudan är skickad.");
}
