import { type APIResponse, type Locator, type Page } from "@playwright/test";
import type { Role } from "@/lib/domain/workflow";
import { extractLinks, waitForMail } from "./mailbox";
import { sendQuickRequest } from "./intake";
import { grantAsIop } from "./signing";
import { unique } from "./staff";

// The table behind tests/e2e/audit-coverage.spec.ts: for every mutating route handler, either how
// to make one successful post as someone allowed to (COVERED, run in this order: later rows use
// what earlier rows made), or why the route by design writes no audit_event row (EXEMPT).

export type Who = Role | "ANONYMOUS";
/**
 * Who a post is made as: a demo account by role, the staff member the table invites (signed in
 * twice, as NEW_STAFF and NEW_STAFF_AGAIN), or a browser of its own that signs in by itself (GRANTING).
 */
export type Actor = Who | "NEW_STAFF" | "NEW_STAFF_AGAIN" | "GRANTING";
type Fields = [string, string][];

export interface Steps {
  /** A browser page signed in as `who` (one per role, kept for the whole run). */
  as(who: Actor): Promise<Page>;
  /** The fields a form on `url` would send, as the browser collects them, after `fill`. */
  form(page: Page, url: string, selector: string, fill?: (f: Locator) => Promise<void>): Promise<Fields>;
  /** Posts with this route's request id; the post must succeed (no error page, no error redirect). */
  post(page: Page, action: string, fields?: Fields | Record<string, string | string[]>): Promise<APIResponse>;
  /** Ids and values that later rows need. */
  fx: Record<string, string>;
}

const UUID = "[0-9a-f-]{36}";
const find = (html: string, pattern: RegExp, what: string) => {
  const m = pattern.exec(html);
  if (!m?.[1]) throw new Error(`not found in the page: ${what}`);
  return m[1];
};
const html = async (page: Page, url: string) => (await page.request.get(url)).text();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const set = (fields: Fields, changes: Record<string, string>): Fields => [
  ...fields.filter(([k]) => !(k in changes)),
  ...Object.entries(changes),
];
const today = new Date().toISOString().slice(0, 10);

/** The partnership's status form, posted as lots with `status` chosen; its page and the lots page. */
async function postStatus({ as, form, post, fx }: Steps, status: "ACTIVE" | "ENDED") {
  const lots = await as("LOTS");
  const p = `/staff/partnerships/${fx.partnershipId}`;
  const fields = await form(lots, p, "#status form", async (f) => {
    await f.locator("#status-status").selectOption(status);
  });
  await post(lots, `/api/staff${p.slice(6)}/section`, fields);
  return { lots, p };
}

export const COVERED: Record<string, (s: Steps) => Promise<void>> = {
  // ---- administration (settings are posted as they stand: every save is recorded) ----
  "POST /api/staff/admin/settings": async ({ as, form, post }) => {
    const admin = await as("ADMIN");
    const action = "/api/staff/admin/settings";
    await post(admin, action, await form(admin, "/staff/admin/settings", `form[action="${action}"]`));
  },
  "POST /api/staff/admin/municipality": async ({ as, form, post }) => {
    const admin = await as("ADMIN");
    const action = "/api/staff/admin/municipality";
    await post(admin, action, await form(admin, "/staff/admin/settings", `form[action="${action}"]`));
  },
  "POST /api/staff/admin/money": async ({ as, form, post }) => {
    const admin = await as("ADMIN");
    const action = "/api/staff/admin/money";
    await post(admin, action, await form(admin, "/staff/admin/settings", `form[action="${action}"]`));
  },
  "POST /api/staff/admin/security": async ({ as, post }) => {
    // Switched on and off again (an unchanged switch records nothing; demo accounts are exempt).
    const admin = await as("ADMIN");
    await post(admin, "/api/staff/admin/security", { secondFactorForEveryone: "on" });
    await post(admin, "/api/staff/admin/security", {});
  },
  "POST /api/staff/admin/sign-in": async ({ as, form, post }) => {
    // One more group for a role, then the mapping as it was.
    const admin = await as("ADMIN");
    const action = "/api/staff/admin/sign-in";
    const before = await form(admin, "/staff/admin/settings", `form[action="${action}"]`);
    const lots = before.find(([k]) => k === "roles-LOTS")?.[1] ?? "";
    await post(admin, action, set(before, { "roles-LOTS": `${lots}\ngranskning-${unique()}`.trim() }));
    await post(admin, action, before);
  },
  "POST /api/staff/admin/retention": async ({ as, form, post }) => {
    const admin = await as("ADMIN");
    const action = "/api/staff/admin/retention";
    await post(admin, action, await form(admin, "/staff/admin/retention", `form[action="${action}"]`));
  },
  "POST /api/staff/admin/retention/run": async ({ as, post }) => {
    await post(await as("ADMIN"), "/api/staff/admin/retention/run");
  },
  "POST /api/staff/admin/email-texts/[kind]": async ({ as, form, post }) => {
    // A new subject saved, then the default back (the reset is recorded too).
    const admin = await as("ADMIN");
    const action = "/api/staff/admin/email-texts/questionReceipt";
    const url = "/staff/admin/email-texts/questionReceipt";
    const fields = await form(
      admin,
      url,
      `form[action="${action}"]:has(input[name="textLocale"][value="sv"])`,
    );
    await post(admin, action, set(fields, { subject: `Vi har fått er fråga ${unique()}`, intent: "save" }));
    await post(admin, action, set(fields, { intent: "reset" }));
  },
  "POST /api/staff/admin/webhooks": async ({ as, form, post, fx }) => {
    const admin = await as("ADMIN");
    const action = "/api/staff/admin/webhooks";
    const url = `https://mottagare-${unique()}.example/hook`;
    const fields = await form(admin, "/staff/admin/webhooks", `form[action="${action}"]`, async (f) => {
      await f.locator('input[name="url"]').fill(url);
      await f.locator('input[name="events"]').first().check();
    });
    await post(admin, action, fields);
    const page = await html(admin, "/staff/admin/webhooks");
    fx.webhookId = find(page, new RegExp(`${escape(url)}[^]*?/api/staff/admin/webhooks/(${UUID})`), "it");
  },
  "POST /api/staff/admin/webhooks/[id]": async ({ as, form, post, fx }) => {
    const admin = await as("ADMIN");
    const action = `/api/staff/admin/webhooks/${fx.webhookId}`;
    const fields = await form(admin, "/staff/admin/webhooks", `form[action="${action}"]`);
    // Paused (an unchanged endpoint records nothing).
    await post(admin, action, [...fields.filter(([k]) => k !== "active"), ["active", "off"]]);
  },
  "POST /api/staff/admin/webhooks/[id]/rotate": async ({ as, post, fx }) => {
    await post(await as("ADMIN"), `/api/staff/admin/webhooks/${fx.webhookId}/rotate`);
  },

  // ---- a new staff member: invited, sets a password, uses their account ----
  "POST /api/staff/admin/users/invite": async ({ as, post, fx }) => {
    const admin = await as("ADMIN");
    fx.staffEmail = `granskad-${unique()}@lotsen.example`;
    await post(admin, "/api/staff/admin/users/invite", {
      name: "Granskad Person",
      email: fx.staffEmail,
      roles: ["LOTS"],
      expertKind: "",
    });
    const page = await html(admin, "/staff/admin/users");
    fx.staffId = find(
      page,
      new RegExp(`${escape(fx.staffEmail)}[^]*?/api/staff/admin/users/(${UUID})/`),
      "the invited member",
    );
  },
  "POST /api/staff/set-password": async ({ as, post, fx }) => {
    const mail = await waitForMail((m) => m.to.includes(fx.staffEmail!));
    const link = extractLinks(mail.text).find((l) => l.includes("token="))!;
    fx.staffPassword = `Granskning-${unique()}-lösen`;
    await post(await as("ANONYMOUS"), "/api/staff/set-password", {
      token: new URL(link).searchParams.get("token")!,
      password: fx.staffPassword,
      confirm: fx.staffPassword,
    });
  },
  "POST /api/staff/account/sessions": async ({ as, post }) => {
    // The new member is signed in twice: ending "the others" ends the first sign-in.
    await as("NEW_STAFF");
    await post(await as("NEW_STAFF_AGAIN"), "/api/staff/account/sessions", { end: "others" });
  },
  "POST /api/staff/account/password": async ({ as, post, fx }) => {
    const password = `Granskning-${unique()}-nytt`;
    await post(await as("NEW_STAFF_AGAIN"), "/api/staff/account/password", {
      current: fx.staffPassword!,
      password,
      confirm: password,
    });
    fx.staffPassword = password;
  },
  "POST /api/staff/account/second-factor": async ({ as, post }) => {
    await post(await as("NEW_STAFF_AGAIN"), "/api/staff/account/second-factor", { action: "setup" });
  },
  "POST /api/staff/admin/users/[id]/second-factor": async ({ as, post, fx }) => {
    await post(await as("ADMIN"), `/api/staff/admin/users/${fx.staffId}/second-factor`);
  },
  "POST /api/staff/admin/users/[id]/roles": async ({ as, post, fx }) => {
    await post(await as("ADMIN"), `/api/staff/admin/users/${fx.staffId}/roles`, {
      roles: ["LOTS", "REGISTRAR"],
      expertKind: "",
    });
  },
  "POST /api/staff/admin/users/[id]/enabled": async ({ as, post, fx }) => {
    await post(await as("ADMIN"), `/api/staff/admin/users/${fx.staffId}/enabled`, { enabled: "false" });
  },

  // ---- a partnership entered directly, and everything done to it ----
  "POST /api/staff/partnerships": async ({ as, form, post, fx }) => {
    const lots = await as("LOTS");
    const action = "/api/staff/partnerships";
    const fields = await form(lots, "/staff/partnerships/new", `form[action="${action}"]`, async (f) => {
      await f.locator("#new-title").fill(`Granskning ${unique()}`);
      await f.locator("#new-civilName").fill("Föreningen Granskning");
      await f.locator("#new-startDate").fill("2026-01-01");
      await f.locator("#new-endDate").fill("2026-12-31");
    });
    const res = await post(lots, action, fields);
    fx.partnershipId = find(res.headers()["location"] ?? "", new RegExp(`/partnerships/(${UUID})`), "new id");
  },
  "POST /api/staff/partnerships/[id]/parties": async ({ as, form, post, fx }) => {
    // The association gets a contact, for the partner link below.
    const lots = await as("LOTS");
    const p = `/staff/partnerships/${fx.partnershipId}`;
    fx.contactEmail = `kontakt-${unique()}@granskning.example`;
    const party = '#parties form:has(input[name="name"][value="Föreningen Granskning"])';
    const fields = await form(lots, p, party, async (f) => {
      await f.getByLabel("Kontaktperson", { exact: true }).fill("Kim Kontakt");
      await f.getByLabel("Kontaktpersonens e-post").fill(fx.contactEmail!);
    });
    await post(lots, `/api/staff${p.slice(6)}/parties`, fields);
  },
  "POST /api/staff/partnerships/[id]/budget": async ({ as, form, post, fx }) => {
    const lots = await as("LOTS");
    const p = `/staff/partnerships/${fx.partnershipId}`;
    const fields = await form(lots, `${p}/budget`, "#line-new", async (f) => {
      await f.locator('select[name="partyId"]').selectOption({ index: 2 });
      await f.locator('input[name="year"]').fill("2026");
      await f.locator('select[name="kind"]').selectOption("MONEY");
      await f.locator('input[name="description"]').fill("Verksamhetsstöd");
      await f.locator('input[name="quantity"]').fill("1");
      await f.locator('input[name="unit"]').fill("st");
      await f.locator('input[name="unitPriceSek"]').fill("100000");
    });
    await post(lots, `/api/staff${p.slice(6)}/budget`, fields);
  },
  "POST /api/staff/partnerships/[id]/money": async ({ as, form, post, fx }) => {
    const lots = await as("LOTS");
    const p = `/staff/partnerships/${fx.partnershipId}`;
    const split = '[data-testid="plan-2026"] form:has(input[name="count"])';
    const fields = await form(lots, `${p}/money`, split, async (f) => {
      await f.locator('input[name="count"]').fill("2");
      await f.locator('input[name="firstDueDate"]').fill("2026-01-31");
      await f.locator('input[name="monthsBetween"]').fill("6");
    });
    await post(lots, `/api/staff${p.slice(6)}/money`, fields);
  },
  "POST /api/staff/partnerships/[id]/versions": async ({ as, post, fx }) => {
    const res = await post(await as("LOTS"), `/api/staff/partnerships/${fx.partnershipId}/versions`);
    fx.version = find(res.headers()["location"] ?? "", /[?&]v=(\d+)/, "the frozen version");
  },
  "POST /api/staff/partnerships/[id]/versions/[number]/send": async ({ as, form, post, fx }) => {
    // Both parties' signatories, so that the agreement can be signed in full below.
    const lots = await as("LOTS");
    const p = `/staff/partnerships/${fx.partnershipId}`;
    const action = `/api/staff${p.slice(6)}/versions/${fx.version}/send`;
    for (const n of [0, 1]) {
      fx[`signer${n}`] = `signerar-${n}-${unique()}@org.test`;
      const fields = await form(lots, `${p}/versions`, `form[action="${action}"] >> nth=${n}`, async (f) => {
        await f.locator('input[name="name"]').fill(`Signe ${n}`);
        await f.locator('input[name="role"]').fill("Ordförande");
        await f.locator('input[name="email"]').fill(fx[`signer${n}`]!);
      });
      await post(lots, action, fields);
    }
  },
  "POST /api/signing/[token]": async ({ as, form, post, fx }) => {
    const signer = await as("ANONYMOUS");
    for (const n of [0, 1]) {
      const mail = await waitForMail((m) => m.to.includes(fx[`signer${n}`]!));
      const link = new URL(extractLinks(mail.text).find((l) => /\/(signera|sign)\//.test(l))!);
      const fields = await form(signer, link.pathname, "form:has(#typedName)", async (f) => {
        await f.locator("#typedName").fill(`Signe ${n}`);
        await f.locator("#consent").check();
      });
      const action = await signer.locator("form:has(#typedName)").getAttribute("action");
      await post(signer, action!, fields);
    }
  },
  "POST /api/staff/partnerships/[id]/section": async (steps) => {
    // Signed by all: the partnership is made active.
    await postStatus(steps, "ACTIVE");
  },
  "POST /api/staff/partnerships/[id]/follow-ups": async ({ as, form, post, fx }) => {
    const lots = await as("LOTS");
    const p = `/staff/partnerships/${fx.partnershipId}`;
    const action = `/api/staff${p.slice(6)}/follow-ups`;
    const fields = await form(lots, `${p}/follow-ups`, `form[action="${action}"]`, async (f) => {
      await f.locator('input[name="heldOn"]').fill(today);
      await f.locator('[name="participants"]').fill("Kim Kontakt, Maja Lindqvist");
      await f.locator('textarea[name="notes"]').fill("Uppföljning enligt plan.");
    });
    await post(lots, action, fields);
  },
  "POST /api/staff/partnerships/[id]/partner-link": async ({ as, post, fx }) => {
    const lots = await as("LOTS");
    const p = `/staff/partnerships/${fx.partnershipId}`;
    const page = await html(lots, `${p}/partner-reports`);
    const partyId = find(page, new RegExp(`name="partyId" value="(${UUID})"`), "a party with a contact");
    await post(lots, `/api/staff${p.slice(6)}/partner-link`, { partyId, mailLocale: "sv" });
  },
  "POST /api/partner/[token]/report": async ({ as, form, post, fx }) => {
    const mail = await waitForMail((m) => m.to.includes(fx.contactEmail!));
    const token = extractLinks(mail.text)
      .find((l) => l.includes("/samarbete/"))!
      .split("/samarbete/")[1]!;
    const partner = await as("ANONYMOUS");
    const fields = await form(partner, `/samarbete/${token}/rapport`, "form:has(#activities)", async (f) => {
      await f.locator("#period").selectOption({ index: 1 });
      await f.locator("#activities").fill("Träffar varje vecka.");
      await f.locator("#participants").fill("12");
      await f.locator("#volunteerHours").fill("40");
      for (const goal of await f.locator('input[name^="goal-"]').all()) await goal.fill("1");
      for (const cost of await f.locator('input[name^="cost-"]').all()) await cost.fill("1 000");
    });
    await post(partner, `/api/partner/${token}/report`, fields);
  },
  "POST /api/staff/partnerships/[id]/partner-reports": async ({ as, post, fx }) => {
    const lots = await as("LOTS");
    const p = `/staff/partnerships/${fx.partnershipId}`;
    const page = await html(lots, `${p}/partner-reports`);
    const reportId = find(page, new RegExp(`name="reportId" value="(${UUID})"`), "the report");
    await post(lots, `/api/staff${p.slice(6)}/partner-reports`, {
      reportId,
      decision: "accept",
      comment: "",
    });
  },
  "POST /api/partner-link": async ({ as, post, fx }) => {
    // "I lost my link", from the contact's address: a new link is issued (and audited). From a client
    // address of its own (X-Forwarded-For, one trusted proxy hop by default): the forms for new links
    // share a limit of five an hour per client, which links.spec.ts and partner-report.spec.ts use up.
    const anonymous = await as("ANONYMOUS");
    await anonymous.context().setExtraHTTPHeaders({ "x-forwarded-for": "198.18.250.2" });
    await post(anonymous, "/api/partner-link", { email: fx.contactEmail! });
  },
  "POST /api/staff/partnerships/[id]/archive": async (steps) => {
    // Only an ended partnership is archived: it is ended first (the section form, audited too).
    const { lots, p } = await postStatus(steps, "ENDED");
    await steps.post(lots, `/api/staff${p.slice(6)}/archive`);
  },
  "POST /api/staff/partnerships/from-request/[id]": async ({ as, post, fx }) => {
    // A request granted as IOP, through the case page as staff do it (an ended case, used below).
    const page = await as("GRANTING");
    const { number } = await sendQuickRequest(page, `iop-${unique()}@granskning.example`);
    fx.grantedNumber = number;
    fx.grantedCaseId = (await grantAsIop(page, number)).split("/").at(-1)!;
    await post(await as("LOTS"), `/api/staff/partnerships/from-request/${fx.grantedCaseId}`);
  },

  // ---- records and personal data: the demo's consulted case (reading it is what is recorded) ----
  "POST /api/staff/cases/[id]/documents/export": async ({ as, post, fx }) => {
    const lots = await as("LOTS");
    const page = await html(lots, "/staff/cases?q=Returhuset");
    fx.caseId = find(page, new RegExp(`href="/staff/cases/(${UUID})"`), "the demo case");
    await post(lots, `/api/staff/cases/${fx.caseId}/documents/export`, {
      format: "csv",
      reviewed: "yes",
    });
  },
  "POST /api/staff/cases/[id]/documents/file": async ({ as, post, fx }) => {
    const lots = await as("LOTS");
    const page = await html(lots, `/staff/cases/${fx.caseId}/documents`);
    fx.documentId = find(page, new RegExp(`id="doc-(${UUID})"`), "a document of the case");
    await post(lots, `/api/staff/cases/${fx.caseId}/documents/file`, {
      document: fx.documentId,
      reviewed: "yes",
    });
  },
  "POST /api/staff/cases/[id]/documents/[documentId]/secrecy": async ({ as, post, fx }) => {
    // The granted case's own request document is marked (an unchanged marking records nothing).
    const lots = await as("LOTS");
    const page = await html(lots, `/staff/cases/${fx.grantedCaseId}/documents`);
    const action = find(page, /action="([^"]+\/secrecy)"/, "a secrecy form");
    await post(lots, action, { marking: "osl", paragraph: "OSL 21:1" });
  },
  "POST /api/staff/cases/[id]/archive": async ({ as, post, fx }) => {
    // Only an ended case is archived: the granted one above.
    await post(await as("LOTS"), `/api/staff/cases/${fx.grantedCaseId}/archive`);
  },
  "POST /api/staff/legal-hold": async ({ as, form, post, fx }) => {
    const lots = await as("LOTS");
    const action = "/api/staff/legal-hold";
    const number = fx.grantedNumber!;
    const blank = (await form(lots, "/staff/legal-hold", `form[action="${action}"]`)).filter(
      ([k]) => k !== "hold",
    );
    const fields = set(blank, { registrationNumber: number, reason: "Granskning" });
    // Set, then cleared again: both are recorded.
    await post(lots, action, [...fields, ["hold", "on"]]);
    await post(lots, action, fields);
  },
  "POST /api/staff/data-protection/extract": async ({ as, post }) => {
    await post(await as("PRIVACY_OFFICER"), "/api/staff/data-protection/extract", {
      kind: "email",
      value: "ingen@lotsen.example",
    });
  },
};

const TIMELINE = "the request's own timeline (case_event) records it, by design not audit_event";
const SENT =
  "registers the request (its number, and document 1 in the register of documents), where its history starts";
const DRAFT = "an applicant's draft, not yet a request: nothing audited changes";
const FAILED_ONLY = "needs a row FAILED after its last retry; its audit row is checked in integration";
const SIGN_IN = "signing in or out; sessions are rows of staff_session, ending one's own is audited";

export const EXEMPT: Record<string, string> = {
  "POST /api/auth/[...nextauth]": SIGN_IN,
  "POST /api/staff/login": SIGN_IN,
  "POST /api/staff/login/code": SIGN_IN,
  "POST /api/staff/login/setup": SIGN_IN,
  "POST /api/staff/logout": SIGN_IN,
  "POST /api/intake/start": DRAFT,
  "POST /api/intake/section/[section]": DRAFT,
  "POST /api/intake/attachments": DRAFT,
  "POST /api/intake/attachments/[id]/delete": DRAFT,
  "POST /api/intake/resume-link": DRAFT,
  "POST /api/intake/resume/[token]": DRAFT,
  "POST /api/intake/send": SENT,
  "POST /api/question": SENT,
  "POST /api/status/[token]/message": TIMELINE,
  "POST /api/status/[token]/resend": TIMELINE,
  "POST /api/status/[token]/section/[section]": TIMELINE,
  "POST /api/status/[token]/withdraw": TIMELINE,
  "POST /api/status-link": TIMELINE,
  "POST /api/staff/cases/[id]/action": TIMELINE,
  "POST /api/staff/cases/[id]/message": TIMELINE,
  "POST /api/staff/cases/[id]/note": TIMELINE,
  "POST /api/staff/cases/assign": TIMELINE,
  "POST /api/staff/opinions/[id]/declare": TIMELINE,
  "POST /api/staff/opinions/[id]/answer": TIMELINE,
  "POST /api/staff/data-protection/cases/[id]/rectify": TIMELINE,
  "POST /api/staff/data-protection/cases/[id]/erase": TIMELINE,
  "POST /api/staff/cases/search": "a search: it only redirects to the inbox with the query, changing nothing",
  // These two do write a row (lib/server/mail/outbox-admin.ts, lib/server/webhooks/retry-delivery.ts),
  // but only for a mail or delivery FAILED after its last retry, which takes hours of backoff against
  // a live server; tests/integration/outbox-admin.test.ts and webhooks.test.ts check their rows.
  "POST /api/staff/admin/outbox/[id]/retry": FAILED_ONLY,
  "POST /api/staff/admin/webhooks/deliveries/[id]/retry": FAILED_ONLY,
  "POST /api/staff/admin/webhooks/secret-saved": "only clears the cookie that shows a new secret once",
};
