import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { ROLES } from "@/lib/domain/admin-schemas";
import { rolesFor, type Permission } from "@/lib/domain/permissions";
import type { Role } from "@/lib/domain/workflow";
import { expectNoA11yViolations } from "./a11y";
import { ROOT, routeHandlers, walk } from "./support/source-tree";
import { ACCOUNTS } from "./support/staff";

// The authorization matrix: every staff page and every staff route handler, collected from the
// code, × every role and anonymous → allowed or refused as lib/domain/permissions.ts says. A page or
// route added without a line in RULES fails the first test, so none can be left out.
//
// Refused means: a signed-out page visit goes to the sign-in page; a signed-in visit without the
// permission answers 404 (the page does not exist for them); a route answers 403. Posts are made
// with a random id or an empty form, so an allowed post is turned away by validation, never by
// authorization, and changes nothing.

type Who = Role | "ANONYMOUS";
type Rule =
  | { permission: Permission }
  /** Open to everyone: signing in, setting a password from a mailed link, the next-auth endpoints. */
  | { open: true; why: string }
  /** Any signed-in staff member (the staff start page sends each role on to its own page). */
  | { anyStaff: true };

const RULES: Record<string, Rule> = {
  "page /staff": { anyStaff: true },
  "page /staff/login": { open: true, why: "the sign-in page" },
  "page /staff/set-password": { open: true, why: "reached from an invitation link; the token decides" },
  "page /staff/login/code": {
    open: true,
    why: "the second sign-in step; the pending sign-in cookie decides",
  },
  "page /staff/login/setup": {
    open: true,
    why: "setting up a second factor; a pending sign-in or a session decides",
  },
  "page /staff/account": { anyStaff: true },
  "page /staff/account/recovery-codes": { anyStaff: true },
  "page /staff/cases": { permission: "viewAllCases" },
  "page /staff/cases/[id]": { permission: "viewAllCases" },
  "page /staff/cases/[id]/forslag": { permission: "readProposals" },
  "page /staff/cases/[id]/documents": { permission: "readCaseDocuments" },
  "page /staff/registry": { permission: "readCaseDocuments" },
  "POST /api/staff/cases/[id]/documents/[documentId]/secrecy": { permission: "markDocumentSecrecy" },
  "POST /api/staff/cases/[id]/documents/export": { permission: "exportCaseDocuments" },
  "POST /api/staff/cases/[id]/documents/file": { permission: "exportCaseDocuments" },
  "POST /api/staff/cases/[id]/archive": { permission: "exportArchive" },
  "POST /api/staff/partnerships/[id]/archive": { permission: "exportArchive" },
  "page /staff/opinions": { permission: "giveOpinions" },
  "page /staff/opinions/[id]": { permission: "giveOpinions" },
  "page /staff/admin/users": { permission: "administer" },
  "page /staff/admin/settings": { permission: "administer" },
  "page /staff/admin/email-texts": { permission: "administer" },
  "page /staff/admin/email-texts/[kind]": { permission: "administer" },
  "page /staff/admin/outbox": { permission: "administer" },
  "page /staff/admin/read-log": { permission: "administer" },
  "page /staff/admin/retention": { permission: "administer" },
  "page /staff/legal-hold": { permission: "setLegalHold" },
  "page /staff/admin/webhooks": { permission: "administer" },
  "page /staff/dashboard": { permission: "viewDashboard" },
  "page /staff/audit": { permission: "readAuditTrail" },
  "GET /api/staff/audit/export": { permission: "readAuditTrail" },
  "page /staff/partnerships": { permission: "viewPartnerships" },
  "page /staff/partnerships/new": { permission: "managePartnerships" },
  "page /staff/partnerships/[id]": { permission: "viewPartnerships" },
  "page /staff/partnerships/[id]/budget": { permission: "viewPartnerships" },
  "page /staff/partnerships/[id]/agreement": { permission: "viewPartnerships" },
  "page /staff/partnerships/[id]/follow-ups": { permission: "viewPartnerships" },
  "page /staff/partnerships/[id]/report": { permission: "viewPartnerships" },
  "page /staff/partnerships/[id]/money": { permission: "viewPartnerships" },
  "page /staff/partnerships/[id]/versions": { permission: "viewPartnerships" },
  "page /staff/partnerships/[id]/versions/compare": { permission: "viewPartnerships" },
  "page /staff/partnerships/[id]/partner-reports": { permission: "viewPartnerships" },
  "POST /api/staff/partnerships/[id]/partner-link": { permission: "managePartnerships" },
  "POST /api/staff/partnerships/[id]/partner-reports": { permission: "managePartnerships" },
  "GET /api/staff/partnerships/[id]/partner-reports/files/[fileId]": { permission: "viewPartnerships" },
  "POST /api/staff/partnerships": { permission: "managePartnerships" },
  "POST /api/staff/partnerships/from-request/[id]": { permission: "managePartnerships" },
  "POST /api/staff/partnerships/[id]/section": { permission: "managePartnerships" },
  "POST /api/staff/partnerships/[id]/parties": { permission: "managePartnerships" },
  "POST /api/staff/partnerships/[id]/budget": { permission: "managePartnerships" },
  "POST /api/staff/partnerships/[id]/follow-ups": { permission: "managePartnerships" },
  "POST /api/staff/partnerships/[id]/money": { permission: "managePartnerships" },
  "GET /api/staff/partnerships/[id]/agreement-pdf": { permission: "viewPartnerships" },
  "GET /api/staff/partnerships/[id]/report-pdf": { permission: "viewPartnerships" },
  "POST /api/staff/partnerships/[id]/versions": { permission: "managePartnerships" },
  "POST /api/staff/partnerships/[id]/versions/[number]/send": { permission: "managePartnerships" },
  "GET /api/staff/partnerships/[id]/versions/[number]/pdf": { permission: "viewPartnerships" },
  "GET /api/staff/cases/export": { permission: "exportCases" },
  "GET /api/staff/cases/[id]/proposal-pdf": { permission: "readProposals" },
  "GET /api/staff/files/[id]": { permission: "readDocuments" },
  "GET /api/staff/opinions/[id]/files/[fileId]": { permission: "giveOpinions" },
  "page /staff/dataskydd": { permission: "handlePersonalData" },
  "page /staff/dataskydd/arenden/[id]": { permission: "handlePersonalData" },
  "POST /api/staff/data-protection/extract": { permission: "handlePersonalData" },
  "GET /api/staff/data-protection/extract/[format]": { permission: "handlePersonalData" },
  "POST /api/staff/data-protection/cases/[id]/rectify": { permission: "handlePersonalData" },
  "POST /api/staff/data-protection/cases/[id]/erase": { permission: "handlePersonalData" },
  "POST /api/staff/cases/assign": { permission: "assignCases" },
  "POST /api/staff/cases/search": { permission: "viewAllCases" },
  "POST /api/staff/cases/[id]/action": { permission: "actOnCases" },
  "POST /api/staff/cases/[id]/message": { permission: "messageApplicant" },
  "POST /api/staff/cases/[id]/note": { permission: "writeNotes" },
  "POST /api/staff/opinions/[id]/declare": { permission: "giveOpinions" },
  "POST /api/staff/opinions/[id]/answer": { permission: "giveOpinions" },
  "POST /api/staff/admin/users/invite": { permission: "administer" },
  "POST /api/staff/admin/users/[id]/enabled": { permission: "administer" },
  "POST /api/staff/admin/users/[id]/roles": { permission: "administer" },
  "POST /api/staff/admin/settings": { permission: "administer" },
  "POST /api/staff/admin/municipality": { permission: "administer" },
  "POST /api/staff/admin/sign-in": { permission: "administer" },
  "POST /api/staff/admin/email-texts/[kind]": { permission: "administer" },
  "POST /api/staff/admin/outbox/[id]/retry": { permission: "administer" },
  "POST /api/staff/admin/webhooks": { permission: "administer" },
  "POST /api/staff/admin/webhooks/[id]": { permission: "administer" },
  "POST /api/staff/admin/webhooks/[id]/rotate": { permission: "administer" },
  "POST /api/staff/admin/webhooks/secret-saved": { permission: "administer" },
  "POST /api/staff/admin/webhooks/deliveries/[id]/retry": { permission: "administer" },
  "POST /api/staff/login": { open: true, why: "signing in" },
  "POST /api/staff/login/code": {
    open: true,
    why: "the second sign-in step; the pending sign-in cookie decides",
  },
  "POST /api/staff/login/setup": { open: true, why: "a pending sign-in or a session decides" },
  "POST /api/staff/account/password": { anyStaff: true },
  "POST /api/staff/account/sessions": { anyStaff: true },
  "POST /api/staff/account/second-factor": { anyStaff: true },
  "POST /api/staff/admin/users/[id]/second-factor": { permission: "administer" },
  "POST /api/staff/admin/security": { permission: "administer" },
  "POST /api/staff/admin/money": { permission: "administer" },
  "POST /api/staff/admin/retention": { permission: "administer" },
  "POST /api/staff/admin/retention/run": { permission: "administer" },
  "POST /api/staff/legal-hold": { permission: "setLegalHold" },
  "GET /api/staff/login/oidc": { open: true, why: "starts signing in with the identity provider" },
  "POST /api/staff/logout": { open: true, why: "signing out; without a session it only redirects" },
  "POST /api/staff/set-password": { open: true, why: "the mailed token decides" },
  "GET /api/auth/[...nextauth]": { open: true, why: "next-auth's own endpoints (OIDC callback)" },
  "POST /api/auth/[...nextauth]": { open: true, why: "next-auth's own endpoints" },
};

/**
 * Pages that only redirect unless the browser carries their state (a sign-in waiting for its code,
 * recovery codes just made): tests/e2e/second-factor.spec.ts opens them with that state, axe included.
 */
const STATEFUL = new Set([
  "page /staff/login/code",
  "page /staff/login/setup",
  "page /staff/account/recovery-codes",
]);

/** Staff pages (URL pattern) and the methods of staff and auth route handlers, from the file tree. */
function collectFromCode(): string[] {
  const staffPages = path.join(ROOT, "app/[locale]/(staff)");
  const pages = walk(staffPages)
    .filter((f) => f.endsWith("/page.tsx"))
    .map((f) => `page ${path.dirname(path.relative(staffPages, f)).replaceAll(path.sep, "/")}`)
    .map((p) => p.replace(/^page /, "page /"));
  const routes = ["app/api/staff", "app/api/auth"].flatMap((dir) =>
    routeHandlers(dir, ["GET", "POST", "PUT", "PATCH", "DELETE"]),
  );
  return [...pages, ...routes].sort();
}

test("every staff page and route handler in the code has a rule, and no server actions bypass them", () => {
  expect(collectFromCode()).toEqual(Object.keys(RULES).sort());
  const actions = walk(path.join(ROOT, "app"))
    .concat(walk(path.join(ROOT, "lib")))
    .filter((f) => /\.(ts|tsx)$/.test(f) && !f.includes("/generated/"))
    .filter((f) => /^\s*["']use server["']/m.test(readFileSync(f, "utf8")));
  // Every post is a plain form to a route handler; a server action would need its own rows here.
  expect(actions).toEqual([]);
});

const EVERYONE: Who[] = ["ANONYMOUS", ...ROLES];
const NO_SUCH_ID = "00000000-0000-4000-8000-000000000000";

async function client(baseURL: string, who: Who): Promise<APIRequestContext> {
  // Same-origin posts, as the forms make them (every form post checks Origin).
  const ctx = await request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } });
  if (who !== "ANONYMOUS") {
    const [email, password] = ACCOUNTS[who];
    const res = await ctx.post("/api/staff/login", { form: { email, password }, maxRedirects: 0 });
    expect(res.status()).toBe(303);
    expect(res.headers()["location"]).not.toContain("error");
    // The extract downloads serve the extract on screen: search once so there is one.
    if (who === "PRIVACY_OFFICER")
      await ctx.post("/api/staff/data-protection/extract", {
        form: { kind: "email", value: "ingen@lotsen.example" },
        maxRedirects: 0,
      });
  }
  return ctx;
}

const firstMatch = (html: string, pattern: RegExp, what: string) => {
  const m = pattern.exec(html);
  if (!m?.[1]) throw new Error(`not found in the page: ${what}`);
  return m[1];
};
const UUID = "([0-9a-f-]{36})";

/** Real ids from the demo data: a case the lawyer is consulted on, its documents, another case, a
 * case with a decision proposal, a partnership, and the lawyer's opinion. */
async function demoIds(lots: APIRequestContext, lawyer: APIRequestContext) {
  const idIn = async (url: string, pattern: string, what: string) =>
    firstMatch(await (await lots.get(url)).text(), new RegExp(pattern), what);
  const caseId = await idIn("/staff/cases?q=Returhuset", `href="/staff/cases/${UUID}"`, "the consulted case");
  const otherCaseId = await idIn("/staff/cases?q=Brobyggarna", `href="/staff/cases/${UUID}"`, "another case");
  // The demo's active partnership by its title: other specs activate partnerships of their own, and
  // only the demo one has partner reports, money and a signed agreement to open.
  const partnershipId = await idIn(
    "/staff/partnerships?status=ACTIVE",
    `href="/staff/partnerships/${UUID}">Vägen till arbete`,
    "the demo partnership",
  );
  return {
    caseId,
    otherCaseId,
    fileId: await idIn(`/staff/cases/${caseId}`, `/api/staff/files/${UUID}`, "a document of the case"),
    otherFileId: await idIn(
      `/staff/cases/${otherCaseId}`,
      `/api/staff/files/${UUID}`,
      "another case's document",
    ),
    proposed: await idIn(
      "/staff/cases?q=Kvinnojouren",
      `href="/staff/cases/${UUID}"`,
      "a case with a proposal",
    ),
    partnershipId,
    reportFileId: firstMatch(
      await (await lots.get(`/staff/partnerships/${partnershipId}/partner-reports`)).text(),
      new RegExp(`/partner-reports/files/${UUID}`),
      "a partner report's attachment",
    ),
    opinionId: firstMatch(
      await (await lawyer.get("/staff/opinions")).text(),
      new RegExp(`href="/staff/opinions/${UUID}"`),
      "the lawyer's opinion",
    ),
  };
}

/** A URL to try for every GET page and route in RULES. */
function getUrls(ids: Awaited<ReturnType<typeof demoIds>>): Record<string, string> {
  const { caseId, fileId, proposed, partnershipId, opinionId } = ids;
  const p = `/staff/partnerships/${partnershipId}`;
  return {
    "page /staff": "/staff",
    "page /staff/login": "/staff/login",
    "page /staff/set-password": "/staff/set-password",
    "page /staff/login/code": "/staff/login/code",
    "page /staff/login/setup": "/staff/login/setup",
    "page /staff/account": "/staff/account",
    "page /staff/account/recovery-codes": "/staff/account/recovery-codes",
    "page /staff/cases": "/staff/cases",
    "page /staff/cases/[id]": `/staff/cases/${caseId}`,
    "page /staff/cases/[id]/forslag": `/staff/cases/${proposed}/forslag`,
    "page /staff/cases/[id]/documents": `/staff/cases/${caseId}/documents`,
    "page /staff/registry": "/staff/registry",
    "page /staff/opinions": "/staff/opinions",
    "page /staff/opinions/[id]": `/staff/opinions/${opinionId}`,
    "page /staff/admin/users": "/staff/admin/users",
    "page /staff/admin/settings": "/staff/admin/settings",
    "page /staff/admin/email-texts": "/staff/admin/email-texts",
    "page /staff/admin/email-texts/[kind]": "/staff/admin/email-texts/questionReceipt",
    "page /staff/admin/outbox": "/staff/admin/outbox",
    "page /staff/admin/read-log": "/staff/admin/read-log",
    "page /staff/admin/retention": "/staff/admin/retention",
    "page /staff/legal-hold": "/staff/legal-hold",
    "page /staff/admin/webhooks": "/staff/admin/webhooks",
    "page /staff/dashboard": "/staff/dashboard",
    "page /staff/partnerships": "/staff/partnerships",
    "page /staff/partnerships/new": "/staff/partnerships/new",
    "page /staff/partnerships/[id]": p,
    "page /staff/partnerships/[id]/budget": `${p}/budget`,
    "page /staff/partnerships/[id]/agreement": `${p}/agreement`,
    "page /staff/partnerships/[id]/follow-ups": `${p}/follow-ups`,
    "page /staff/partnerships/[id]/report": `${p}/report`,
    "page /staff/partnerships/[id]/money": `${p}/money`,
    "page /staff/partnerships/[id]/versions": `${p}/versions`,
    "page /staff/partnerships/[id]/versions/compare": `${p}/versions/compare?a=1&b=draft`,
    "GET /api/staff/partnerships/[id]/versions/[number]/pdf": `/api/staff${p.slice("/staff".length)}/versions/1/pdf`,
    "page /staff/partnerships/[id]/partner-reports": `${p}/partner-reports`,
    "GET /api/staff/partnerships/[id]/partner-reports/files/[fileId]": `/api/staff${p.slice("/staff".length)}/partner-reports/files/${ids.reportFileId}`,
    "GET /api/staff/partnerships/[id]/agreement-pdf": `/api/staff${p.slice("/staff".length)}/agreement-pdf`,
    "GET /api/staff/partnerships/[id]/report-pdf": `/api/staff${p.slice("/staff".length)}/report-pdf`,
    "page /staff/audit": "/staff/audit",
    "GET /api/staff/audit/export": "/api/staff/audit/export",
    "GET /api/staff/cases/export": "/api/staff/cases/export",
    "GET /api/staff/cases/[id]/proposal-pdf": `/api/staff/cases/${proposed}/proposal-pdf`,
    "GET /api/staff/files/[id]": `/api/staff/files/${fileId}`,
    "GET /api/staff/opinions/[id]/files/[fileId]": `/api/staff/opinions/${opinionId}/files/${fileId}`,
    "page /staff/dataskydd": "/staff/dataskydd",
    "page /staff/dataskydd/arenden/[id]": `/staff/dataskydd/arenden/${caseId}`,
    "GET /api/staff/data-protection/extract/[format]": "/api/staff/data-protection/extract/json",
  };
}

test("every role and anonymous get exactly what the permissions allow", async ({ baseURL }) => {
  test.setTimeout(300_000);
  const base = baseURL!;
  const clients = Object.fromEntries(
    await Promise.all(EVERYONE.map(async (who) => [who, await client(base, who)] as const)),
  ) as Record<Who, APIRequestContext>;

  const lots = clients.LOTS;
  const lawyer = clients.EXPERT;
  const ids = await demoIds(lots, lawyer);
  const { opinionId, otherFileId, otherCaseId, fileId } = ids;
  // The lawyer declares no conflict, so the opinion's documents open for them.
  const declared = await lawyer.post(`/api/staff/opinions/${opinionId}/declare`, {
    form: { conflict: "no", note: "" },
    maxRedirects: 0,
  });
  expect(declared.status()).toBe(303);

  const GET_URLS = getUrls(ids);

  /** One request as one role: a failure's description, or nothing. */
  const probe = async (
    key: string,
    rule: Exclude<Rule, { open: true }>,
    who: Who,
  ): Promise<string | undefined> => {
    const [method, pattern] = key.split(" ") as [string, string];
    const allowed =
      who !== "ANONYMOUS" && ("anyStaff" in rule || rolesFor(rule.permission).includes(who as Role));
    const ctx = clients[who];
    if (method === "POST") {
      const url = pattern
        .replaceAll("[id]", NO_SUCH_ID)
        .replaceAll("[documentId]", NO_SUCH_ID)
        .replaceAll("[kind]", "questionReceipt")
        .replaceAll("[number]", "1");
      const status = (await ctx.post(url, { form: { probe: "1" }, maxRedirects: 0 })).status();
      // Refused: 403. Allowed: turned away by validation or a missing id (redirect back or 404).
      return (allowed ? status === 403 || status >= 500 : status !== 403)
        ? `${who} ${key} → ${status}`
        : undefined;
    }
    const url = GET_URLS[key];
    if (!url) throw new Error(`no URL to try for ${key}`);
    const status = (await ctx.get(url, { maxRedirects: 0 })).status();
    const page = method === "page";
    const expected = allowed
      ? page && (key === "page /staff" || STATEFUL.has(key))
        ? [307, 308]
        : [200]
      : page
        ? who === "ANONYMOUS"
          ? [307]
          : [404]
        : [403];
    return expected.includes(status)
      ? undefined
      : `${who} ${key} → ${status} (expected ${expected.join("/")})`;
  };
  // The roles of one rule are asked side by side: the server, not this loop, should be the limit.
  const failures: string[] = [];
  for (const [key, rule] of Object.entries(RULES)) {
    if ("open" in rule) continue; // open by design; the routes themselves decide (tested elsewhere)
    const found = await Promise.all(EVERYONE.map((who) => probe(key, rule, who)));
    failures.push(...found.filter((f) => f !== undefined));
  }
  expect(failures).toEqual([]);

  // By id across cases: a lawyer cannot read another case's document through their opinion, nor
  // a case they are not consulted on, nor an opinion that is not theirs.
  expect((await lawyer.get(`/api/staff/opinions/${opinionId}/files/${otherFileId}`)).status()).toBe(404);
  expect((await lawyer.get(`/staff/cases/${otherCaseId}`, { maxRedirects: 0 })).status()).toBe(404);
  expect((await lawyer.get(`/staff/opinions/${NO_SUCH_ID}`, { maxRedirects: 0 })).status()).toBe(404);
  const otherExpert = await request.newContext({ baseURL: base, extraHTTPHeaders: { origin: base } });
  await otherExpert.post("/api/staff/login", {
    form: { email: "upphandlare@lotsen.example", password: "demo-expert-2026" },
    maxRedirects: 0,
  });
  expect((await otherExpert.get(`/staff/opinions/${opinionId}`, { maxRedirects: 0 })).status()).toBe(404);
  expect((await otherExpert.get(`/api/staff/opinions/${opinionId}/files/${fileId}`)).status()).toBe(404);
  // An unknown document id is a plain 404, not an error.
  expect((await lots.get(`/api/staff/files/${NO_SUCH_ID}`)).status()).toBe(404);

  await Promise.all([...Object.values(clients), otherExpert].map((c) => c.dispose()));
});

test("every staff page passes axe, in Swedish and English, as a role that may open it", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(600_000);
  const base = baseURL!;
  const urls = getUrls(await demoIds(await client(base, "LOTS"), await client(base, "EXPERT")));
  const ORDER: Who[] = ["LOTS", "EXPERT", "ADMIN", "DIRECTOR", "COMMITTEE", "PRIVACY_OFFICER"];
  const visits: { who: Who; url: string }[] = [];
  for (const [key, rule] of Object.entries(RULES)) {
    if (!key.startsWith("page ") || key === "page /staff" || STATEFUL.has(key)) continue; // only redirect
    const url = urls[key];
    if (!url) throw new Error(`no URL to try for ${key}`);
    const who =
      "open" in rule
        ? "ANONYMOUS"
        : ORDER.find((r) => "anyStaff" in rule || rolesFor(rule.permission).includes(r as Role))!;
    visits.push({ who, url });
  }
  // The director's own view of a case waiting for their decision, with its decision forms.
  visits.push({ who: "DIRECTOR", url: urls["page /staff/cases/[id]/forslag"]!.replace(/\/forslag$/, "") });

  let signedInAs: Who = "ANONYMOUS";
  for (const { who, url } of visits.sort((a, b) => a.who.localeCompare(b.who))) {
    if (who !== signedInAs) {
      await page.context().clearCookies();
      if (who !== "ANONYMOUS") {
        const [email, password] = ACCOUNTS[who];
        const res = await page.request.post("/api/staff/login", {
          form: { email, password },
          headers: { origin: base },
          maxRedirects: 0,
        });
        expect(res.status()).toBe(303);
      }
      signedInAs = who;
    }
    for (const prefix of ["", "/en"]) {
      const response = await page.goto(`${prefix}${url}`);
      expect(response?.status(), `${who} ${prefix}${url}`).toBe(200);
      await expectNoA11yViolations(page);
    }
  }
});
