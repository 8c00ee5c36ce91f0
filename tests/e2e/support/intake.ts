import { expect, type Page } from "@playwright/test";
import { luhnCheckDigit } from "@/lib/domain/org-number";
import { expectNoA11yViolations } from "../a11y";

// Drives the public form as a person would: by mouse and keyboard (Playwright's own clicks and
// typing, which need no JavaScript on the page), or by the keyboard alone.

export type Mode = "pointer" | "keyboard";
export type Lang = "sv" | "en";

export function uniqueOrgNumber(): string {
  const body = `80${2 + Math.floor(Math.random() * 8)}${String(Math.floor(Math.random() * 1e6)).padStart(6, "0")}`;
  return `${body.slice(0, 6)}-${body.slice(6)}${luhnCheckDigit(body)}`;
}

type Answer = { id: string; value: string; kind?: "select" | "checkbox" };

export function answersFor(email: string, orgNumber: string): Record<string, Answer[]> {
  return {
    organisation: [
      { id: "organisation-name", value: "Föreningen Hej Grannar" },
      { id: "organisation-orgNumber", value: orgNumber },
      { id: "organisation-form", value: "ASSOCIATION", kind: "select" },
      { id: "organisation-website", value: "https://hejgrannar.example" },
    ],
    contact: [
      { id: "contact-name", value: "Alva Testare" },
      { id: "contact-email", value: email },
      { id: "contact-phone", value: "070-123 45 67" },
    ],
    themes: [
      { id: "themes-themes", value: "INTEGRATION", kind: "checkbox" },
      { id: "themes-themes-LABOUR_MARKET", value: "LABOUR_MARKET", kind: "checkbox" },
    ],
    activity: [
      { id: "activity-orientation", value: "Språkcaféer och läxhjälp" },
      { id: "activity-purpose", value: "Att fler nyanlända ska komma i arbete" },
    ],
    idea: [
      { id: "idea-title", value: "Språkcafé med praktikmatchning" },
      { id: "idea-description", value: "Vi vill koppla ihop språkcaféet med praktikplatser i kommunen." },
    ],
    activities: [
      { id: "activities-activities", value: "Språkcafé två kvällar i veckan, studiebesök och mentorer." },
    ],
    collaboration: [{ id: "collaboration-cofunding", value: "Kommunen bidrar med lokal och 50 000 kr" }],
    targetGroup: [
      { id: "targetGroup-who", value: "Nyanlända vuxna" },
      { id: "targetGroup-needs", value: "Språk och kontakter" },
      { id: "targetGroup-how", value: "Samtal och matchning" },
    ],
    organisationStructure: [
      { id: "organisationStructure-board", value: "Fem ledamöter" },
      { id: "organisationStructure-employees", value: "2" },
      { id: "organisationStructure-volunteers", value: "25" },
    ],
    competence: [{ id: "competence-have", value: "Pedagoger och handledare" }],
    partners: [{ id: "partners-partners", value: "Arbetsförmedlingen" }],
    partnerHow: [],
    other: [],
  };
}

/** Moves focus with Tab (and Shift+Tab never) until the element is focused. */
export async function tabTo(page: Page, selector: string) {
  const target = page.locator(selector);
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`could not reach ${selector} with Tab`);
}

export async function fillAnswer(page: Page, a: Answer, mode: Mode) {
  const sel = `#${a.id}`;
  if (mode === "pointer") {
    if (a.kind === "select") await page.locator(sel).selectOption(a.value);
    else if (a.kind === "checkbox") await page.locator(sel).check();
    else await page.locator(sel).fill(a.value);
    return;
  }
  await tabTo(page, sel);
  if (a.kind === "checkbox") await page.keyboard.press("Space");
  else if (a.kind === "select") {
    // The first option is "Välj …"; the association is the next one.
    await page.keyboard.press("ArrowDown");
    await expect(page.locator(sel)).toHaveValue(a.value);
  } else await page.keyboard.type(a.value);
}

export async function activate(page: Page, selector: string, mode: Mode) {
  if (mode === "pointer") return page.locator(selector).first().click();
  await tabTo(page, selector);
  await page.keyboard.press("Enter");
}

export async function checkA11y(page: Page, enabled: boolean) {
  if (enabled) await expectNoA11yViolations(page);
}

/**
 * Sends a complete request the quick way: a real draft in this browser, each section posted as the
 * form would post it, then the check page's own send button. Returns the number and the status link.
 */
export async function sendQuickRequest(page: Page, email: string, title = "Samtalsgrupper för unga") {
  const { extractLinks, waitForMail } = await import("./mailbox");
  // From an address of its own, as different organisations' requests would come: the suite sends
  // more requests than one address may in an hour (that limit has its own tests).
  const octet = () => Math.floor(Math.random() * 254) + 1;
  await page.context().setExtraHTTPHeaders({ "x-forwarded-for": `198.18.${octet()}.${octet()}` });
  await page.goto("/forfragan");
  await page.locator('form[action="/api/intake/start"] button').click();
  const post = (section: string, fields: Record<string, string>) =>
    page.request.post(`/api/intake/section/${section}`, {
      multipart: { locale: "sv", ...fields },
      maxRedirects: 0,
    });
  await post("organisation", {
    name: "Föreningen Samtal",
    orgNumber: uniqueOrgNumber(),
    form: "ASSOCIATION",
  });
  await post("contact", { name: "Sam Status", email });
  await post("themes", { themes: "MENTAL_HEALTH" });
  await post("activity", { orientation: "Samtalsgrupper", purpose: "Minska ensamhet" });
  await post("idea", { title, description: "Grupper varje vecka." });
  await post("activities", { activities: "Samtal och promenader" });
  await post("collaboration", { arenas: "Fritidsgårdar" });
  await post("targetGroup", { who: "Unga", needs: "Gemenskap", how: "Grupper" });
  await post("organisationStructure", { board: "Tre ledamöter", employees: "0", volunteers: "8" });
  await post("competence", { have: "Samtalsledare" });
  await page.goto("/forfragan/kontrollera");
  await page.locator("#consent").check();
  await page.locator("#send").click();
  const number = (await page.getByTestId("registration-number").textContent())!.trim();
  const mail = await waitForMail((m) => m.to.includes(email) && m.subject.includes(number));
  return { number, statusLink: extractLinks(mail.text).find((l) => l.includes("/status/"))! };
}
