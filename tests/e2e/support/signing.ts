import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, type Download, type Page } from "@playwright/test";
import { sendQuickRequest } from "./intake";
import { extractLinks, waitForMail } from "./mailbox";
import { openPartnershipId } from "./partnership";
import { act, openCaseAs, present, proposeToDirector, signInAs } from "./staff";

// A request granted as IOP, and an agreement frozen and signed through the mailed links: what the
// partnership and signing specs share.

/** The lots' proposal behind every grant of grantAsIop. */
const IOP_PROPOSAL = {
  recommended: "IOP",
  motivation: "Uppfyller kriterierna för IOP.",
  resources: "500 tkr per år.",
};

/** The fastest legal path to "granted as IOP": no experts, a presentation, the director approves. */
export async function grantAsIop(page: Page, number: string) {
  await openCaseAs(page, "lots", number);
  await act(page, "review", {
    meetingDate: "2026-11-20",
    participants: "Maja Lindqvist",
    summary: "Passar som IOP.",
  });
  await act(page, "skipExperts", { reason: "Inga juridiska frågor." });
  await present(page, { date: "2026-12-03", time: "10:00", place: "Stadshuset" }, "Bra presentation.");
  await proposeToDirector(page, number, IOP_PROPOSAL, "yes");
  await act(page, "approve");
  await expect(page.getByTestId("case-status")).toContainText("Beviljat");
  // An ended case is no longer in the inbox's default view: its address is.
  return new URL(page.url()).pathname;
}

/**
 * A quick request from `email` granted as IOP, then made into a partnership by lots on the case
 * page (the partnership's page is left open): the case's address and the partnership's id.
 */
export async function partnershipFromRequest(page: Page, email: string, title: string) {
  const { number } = await sendQuickRequest(page, email, title);
  const casePath = await grantAsIop(page, number);
  await signInAs(page, "lots");
  await page.goto(casePath);
  await page.getByRole("button", { name: "Skapa partnerskap (IOP)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  return { casePath, id: openPartnershipId(page) };
}

export interface Signatory {
  name: string;
  role: string;
  email: string;
  mailLocale?: "sv" | "en";
}

/** On the versions page (signed in as lots): sends the latest version to the n-th party's signatory. */
export async function sendLink(page: Page, n: number, s: Signatory) {
  const form = page.locator('form[action$="/send"]').nth(n);
  await form.locator('input[name="name"]').fill(s.name);
  await form.locator('input[name="role"]').fill(s.role);
  await form.locator('input[name="email"]').fill(s.email);
  await form.locator('select[name="mailLocale"]').selectOption(s.mailLocale ?? "sv");
  await form.getByRole("button").click();
  await expect(page.getByRole("status")).toHaveText(
    /Länken för underskrift är skickad|The signing link has been sent/,
  );
}

/** The signing link mailed to `email`. */
export async function signingLink(email: string) {
  const mail = await waitForMail((m) => m.to.includes(email));
  const link = extractLinks(mail.text).find((l) => /\/(signera|sign)\//.test(l));
  expect(link).toBeTruthy();
  return link!;
}

/** Signs on the signing page that is open. */
export async function signHere(page: Page, name: string, lang: "sv" | "en" = "sv") {
  await page.locator("#typedName").fill(name);
  await page.locator("#consent").check();
  await page.getByRole("button", { name: lang === "sv" ? "Underteckna" : "Sign", exact: true }).click();
}

/** Freezes the agreement and has both parties sign it (the partnership page of `id` is the start). */
export async function freezeAndSignAll(page: Page, id: string, tag: string) {
  await page.goto(`/staff/partnerships/${id}/versions`);
  await page.getByRole("button", { name: /^Frys avtalet som version/ }).click();
  const people = [0, 1].map((n) => ({
    name: `Signe ${n}`,
    role: "Ordförande",
    email: `sign-${n}-${tag}@org.test`,
  }));
  for (const [n, s] of people.entries()) await sendLink(page, n, s);
  for (const s of people) {
    await page.goto(await signingLink(s.email));
    await signHere(page, s.name);
    await expect(page.getByRole("status")).toBeVisible();
  }
}

export async function sha256Of(download: Download) {
  return createHash("sha256")
    .update(await readFile((await download.path())!))
    .digest("hex");
}
