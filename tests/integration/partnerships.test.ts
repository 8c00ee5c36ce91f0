import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/domain/workflow";
import { getDb } from "@/lib/server/db/client";
import { createSentRequest } from "@/lib/server/db/factories";
import { agreementOutline } from "@/lib/server/partnerships/agreement-document";
import { agreementPdf } from "@/lib/server/partnerships/agreement-pdf";
import { removeBudgetLine, saveBudgetLine } from "@/lib/server/partnerships/budget-lines";
import { createFromRequest, createPartnership } from "@/lib/server/partnerships/create-partnership";
import { removeParty, saveParty } from "@/lib/server/partnerships/parties";
import {
  listPartnerships,
  partnershipDetail,
  PARTNERSHIP_PAGE_SIZE,
} from "@/lib/server/partnerships/queries";
import type { SectionCommand } from "@/lib/domain/partnership-sections";
import { saveSection } from "@/lib/server/partnerships/save-section";
import { getPublishedPartnership } from "@/lib/server/register/partnerships";
import { requestSeed, staffMemberBeforeAll, unique } from "../factories";
import { pdfText } from "../support/pdf-text";

async function grantedIopRequest() {
  const db = await getDb();
  const seed = requestSeed({
    subject: "Unga i Folkets hus",
    themes: ["YOUTH_EMPLOYMENT"],
    answers: {
      idea: { title: `Unga i Folkets hus ${unique()}`, description: "Arbetsträning för unga." },
      activity: {
        orientation: "Kultur, biograf och bibliotek i Söråker",
        purpose: "Meningsfull sysselsättning",
      },
      activities: { activities: "Café, biograf och bibliotek" },
      targetGroup: { who: "Ungdomar 14–25 år", needs: "Sysselsättning", how: "Handledning" },
    },
  });
  const { request } = await createSentRequest(db, { ...seed, step: "PROPOSAL" });
  await db.request.update({
    where: { id: request.id },
    data: { status: "ENDED", outcome: "GRANTED", collaborationForm: "IOP" },
  });
  return { request, seed };
}

const version = async (id: string) => (await partnershipDetail(id))!.version;

describe("partnerships", () => {
  const staff = staffMemberBeforeAll();

  it("are listed a page at a time, every partnership on exactly one page", async () => {
    const db = await getDb();
    await db.partnership.createMany({
      data: Array.from({ length: PARTNERSHIP_PAGE_SIZE + 1 }, (_, i) => ({
        title: `Sidning ${unique()} ${i}`,
        municipality: "Exempelstad",
      })),
    });
    const first = await listPartnerships(undefined, 1);
    expect(first.total).toBeGreaterThan(PARTNERSHIP_PAGE_SIZE);
    expect(first.rows).toHaveLength(PARTNERSHIP_PAGE_SIZE);
    expect(first.pages).toBe(Math.ceil(first.total / PARTNERSHIP_PAGE_SIZE));
    const ids = new Set<string>();
    for (let page = 1; page <= first.pages; page++)
      for (const row of (await listPartnerships(undefined, page)).rows) ids.add(row.id);
    expect(ids.size).toBe(first.total);
    expect((await listPartnerships(undefined, 100_000)).page).toBe(first.pages);
  });

  it("are created from a request granted as IOP once, with its organisation and answers", async () => {
    const { request, seed } = await grantedIopRequest();
    const [a, b] = await Promise.all([
      createFromRequest(request.id, staff.id),
      createFromRequest(request.id, staff.id),
    ]);
    expect(a.ok && b.ok).toBe(true);
    const id = a.ok ? a.id! : "";
    expect(b.ok && b.id).toBe(id);
    const again = await createFromRequest(request.id, staff.id);
    expect(again.ok && again.id).toBe(id);
    const db = await getDb();
    expect(await db.partnership.count({ where: { requestId: request.id } })).toBe(1);
    const p = (await partnershipDetail(id))!;
    expect(p.status).toBe("DRAFT");
    expect(p.title).toMatch(/^Unga i Folkets hus/);
    expect(p.purpose).toContain("Meningsfull sysselsättning");
    expect(p.targetGroup).toContain("Ungdomar 14–25 år");
    expect(p.efforts).toContain("Café, biograf och bibliotek");
    // What the association works with starts the background; nothing is guessed for the rest.
    expect(p.background).toBe("Kultur, biograf och bibliotek i Söråker");
    expect([p.collaboration, p.evaluation, p.surplusUse, p.responsibleCommittee]).toEqual(["", "", "", ""]);
    expect(p.themes).toEqual(["YOUTH_EMPLOYMENT"]);
    expect(p.parties.map((x) => [x.side, x.name, x.orgNumber])).toEqual([
      ["CIVIL_SOCIETY", seed.organisation.name, seed.organisation.orgNumber],
      ["PUBLIC", expect.any(String), null],
    ]);
  });

  it("are not created from a request that was not granted as IOP", async () => {
    const db = await getDb();
    const { request } = await createSentRequest(db, requestSeed());
    expect(await createFromRequest(request.id, staff.id)).toEqual({
      ok: false,
      code: "refused",
      reason: "notGrantedIop",
    });
  });

  it("refuse a stale form with a conflict and store nothing of it", async () => {
    const created = await createPartnership(
      { id: staff.id, roles: ["LOTS"] },
      { title: "Direkt", civilName: "Föreningen", publicName: "Kommunen", startDate: "2018-01-01" },
    );
    const id = created.ok ? created.id! : "";
    const v0 = await version(id);
    const first = await saveSection(
      { id: staff.id, roles: ["LOTS"] },
      { partnershipId: id, expectedVersion: v0, section: "content", input: { title: "Först", purpose: "A" } },
    );
    expect(first).toMatchObject({ ok: true });
    const stale = await saveSection(
      { id: staff.id, roles: ["LOTS"] },
      { partnershipId: id, expectedVersion: v0, section: "content", input: { title: "Sedan", purpose: "B" } },
    );
    expect(stale).toEqual({ ok: false, code: "conflict" });
    const invalid = await saveSection(
      { id: staff.id, roles: ["LOTS"] },
      {
        partnershipId: id,
        expectedVersion: v0 + 1,
        section: "period",
        input: { startDate: "2018-12-31", endDate: "2018-01-01" },
      },
    );
    expect(invalid).toEqual({ ok: false, code: "invalid", errors: { endDate: "endBeforeStart" } });
    const p = (await partnershipDetail(id))!;
    expect([p.title, p.purpose, p.version]).toEqual(["Först", "A", v0 + 1]);
    expect(p.startDate?.toISOString().slice(0, 10)).toBe("2018-01-01");
    // A stale party form is refused too.
    expect(
      await saveParty(
        { id: staff.id, roles: ["LOTS"] },
        { partnershipId: id, expectedVersion: v0, partyId: null, input: { side: "PUBLIC", name: "X" } },
      ),
    ).toEqual({ ok: false, code: "conflict" });
  });

  it("schedule follow-ups when made active and publish only active partnerships", async () => {
    const created = await createPartnership(
      { id: staff.id, roles: ["LOTS"] },
      { title: `Publicerad ${unique()}`, civilName: "Föreningen", publicName: "Kommunen" },
    );
    const id = created.ok ? created.id! : "";
    const publishDraft = await saveSection(
      { id: staff.id, roles: ["LOTS"] },
      {
        partnershipId: id,
        expectedVersion: await version(id),
        section: "publishing",
        input: { parts: ["content"], op: "publish" },
      },
    );
    expect(publishDraft).toEqual({ ok: false, code: "invalid", errors: { publish: "publishNeedsActive" } });
    const year = new Date().getUTCFullYear();
    const steps: Omit<SectionCommand, "partnershipId" | "expectedVersion">[] = [
      { section: "period", input: { startDate: `${year}-01-01`, endDate: `${year + 1}-12-31` } },
      { section: "status", input: { status: "ACTIVE" } },
      { section: "publishing", input: { parts: ["content", "budget"], op: "publish" } },
    ];
    for (const step of steps) {
      const r = await saveSection({ id: staff.id, roles: ["LOTS"] }, {
        partnershipId: id,
        expectedVersion: await version(id),
        ...step,
      } as SectionCommand);
      expect(r).toMatchObject({ ok: true });
    }
    const db = await getDb();
    expect(await db.followUp.count({ where: { partnershipId: id } })).toBeGreaterThan(0);
    const pub = await getPublishedPartnership(db, id);
    expect(pub).toMatchObject({
      id,
      status: "ACTIVE",
      published: { content: true, goals: false, budget: true },
    });
    expect(pub!.goals).toBeNull();
  });

  it("move status and publication only as the lifecycle table allows", async () => {
    const created = await createPartnership(
      { id: staff.id, roles: ["LOTS"] },
      { title: `Livscykel ${unique()}`, civilName: "Föreningen", publicName: "Kommunen" },
    );
    const id = created.ok ? created.id! : "";
    const save = async (
      section: "status" | "publishing",
      input: Record<string, string | string[]>,
      roles: Role[] = ["LOTS"],
    ) =>
      saveSection({ id: staff.id, roles }, {
        partnershipId: id,
        expectedVersion: await version(id),
        section,
        input,
      } as SectionCommand);
    const row = async () =>
      (await getDb()).partnership.findUniqueOrThrow({
        where: { id },
        select: { status: true, publishedAt: true },
      });
    // The route lets only managePartnerships through; the table refuses anyone else too.
    expect(await save("status", { status: "ACTIVE" }, ["DIRECTOR"])).toEqual({
      ok: false,
      code: "refused",
      reason: "notAllowed",
    });
    expect((await row()).status).toBe("DRAFT");
    expect(await save("status", { status: "ACTIVE" })).toMatchObject({ ok: true });
    expect(await save("publishing", { parts: ["content"], op: "publish" })).toMatchObject({ ok: true });
    const published = (await row()).publishedAt;
    expect(published).not.toBeNull();
    // Ending keeps it on the register, with the date it was first published.
    expect(await save("status", { status: "ENDED" })).toMatchObject({ ok: true });
    expect(await save("publishing", { parts: ["content"], op: "publish" })).toMatchObject({ ok: true });
    expect(await row()).toEqual({ status: "ENDED", publishedAt: published });
    // Back to draft takes it off the register.
    expect(await save("status", { status: "DRAFT" })).toMatchObject({ ok: true });
    expect(await row()).toEqual({ status: "DRAFT", publishedAt: null });
  });

  it("keep budget lines per party and year; totals and shares are computed, and the agreement shows them", async () => {
    const created = await createPartnership(
      { id: staff.id, roles: ["LOTS"] },
      {
        title: "IOP Timrå kommun och Söråkers Folketshusförening",
        civilName: "Söråkers Folkets Husförening",
        publicName: "Timrå kommun",
        publicDepartment: "Socialförvaltningen",
        startDate: "2018-01-01",
        endDate: "2018-12-31",
      },
    );
    const id = created.ok ? created.id! : "";
    const p0 = (await partnershipDetail(id))!;
    const [civil, municipality] = [p0.parties[0]!.id, p0.parties[1]!.id];
    const lines: Record<string, string>[] = [
      {
        partyId: municipality,
        kind: "MONEY",
        description: "Verksamhetsstöd",
        quantity: "1",
        unitPriceSek: "500000",
      },
      {
        partyId: municipality,
        kind: "OTHER",
        description: "Styrgruppskostnader",
        quantity: "1",
        unitPriceSek: "5000",
      },
      {
        partyId: municipality,
        kind: "STAFF_TIME",
        description: "Handledning",
        quantity: "1",
        unitPriceSek: "25000",
      },
      {
        partyId: civil,
        kind: "STAFF_TIME",
        description: "Arbetsledare",
        quantity: "1",
        unitPriceSek: "500000",
      },
      {
        partyId: civil,
        kind: "STAFF_TIME",
        description: "Personalinsats",
        quantity: "1",
        unitPriceSek: "20000",
      },
      {
        partyId: civil,
        kind: "VOLUNTEER_TIME",
        description: "Volontärer",
        quantity: "44 v × 40 h",
        unitPriceSek: "134",
      },
      {
        partyId: civil,
        kind: "PREMISES",
        description: "Lokaler",
        quantity: "44 v",
        unit: "v",
        unitPriceSek: "3750",
      },
      { partyId: civil, kind: "MATERIAL", description: "Material", quantity: "1", unitPriceSek: "45000" },
      { partyId: civil, kind: "TRAVEL", description: "Resor", quantity: "1", unitPriceSek: "25000" },
    ];
    for (const line of lines) {
      const r = await saveBudgetLine(
        { id: staff.id, roles: ["LOTS"] },
        {
          partnershipId: id,
          expectedVersion: await version(id),
          lineId: null,
          input: { year: "2018", unit: "st", ...line },
        },
      );
      expect(r).toEqual({ ok: true });
    }
    const bad = await saveBudgetLine(
      { id: staff.id, roles: ["LOTS"] },
      {
        partnershipId: id,
        expectedVersion: await version(id),
        lineId: null,
        input: {
          partyId: civil,
          year: "2018",
          kind: "MONEY",
          description: "X",
          quantity: "1",
          unit: "st",
          unitPriceSek: "1,234",
        },
      },
    );
    expect(bad).toEqual({ ok: false, code: "invalid", errors: { unitPriceSek: "amount" } });
    // A party with lines stays; a stale removal is a conflict.
    expect(
      await removeParty(
        { id: staff.id, roles: ["LOTS"] },
        { partnershipId: id, expectedVersion: await version(id), partyId: civil },
      ),
    ).toMatchObject({
      ok: false,
    });
    const p1 = (await partnershipDetail(id))!;
    expect(p1.budgetLines).toHaveLength(9);
    expect(
      await removeBudgetLine(
        { id: staff.id, roles: ["LOTS"] },
        { partnershipId: id, expectedVersion: p1.version - 1, lineId: p1.budgetLines[0]!.id },
      ),
    ).toEqual({
      ok: false,
      code: "conflict",
    });

    // The agreement template's further sections, through the same versioned section form.
    const agreementForm = {
      background: "Timrå kommuns fullmäktige har 2016 antagit en policy om social ekonomi.",
      collaboration: "När någon är aktuell för en insats kallas till ett samverkansmöte.",
      responsibleCommittee: "Kommunstyrelsen",
      responsibleDepartment: "Socialförvaltningen via arbetsmarknadschefen",
      evaluation: "Varje kvartal följer styrgruppen upp och sammanställer ett dokument.",
      surplusUse: "Eventuellt överskott ska användas för samma eller liknande ändamål.",
    };
    const before = await version(id);
    const tooLong = await saveSection(
      { id: staff.id, roles: ["LOTS"] },
      {
        partnershipId: id,
        expectedVersion: before,
        section: "agreement",
        input: { ...agreementForm, responsibleCommittee: "x".repeat(301) },
      },
    );
    expect(tooLong).toEqual({ ok: false, code: "invalid", errors: { responsibleCommittee: "tooLong" } });
    expect((await partnershipDetail(id))!.background).toBe("");
    expect(
      await saveSection(
        { id: staff.id, roles: ["LOTS"] },
        { partnershipId: id, expectedVersion: before, section: "agreement", input: agreementForm },
      ),
    ).toMatchObject({ ok: true });
    expect(
      await saveSection(
        { id: staff.id, roles: ["LOTS"] },
        {
          partnershipId: id,
          expectedVersion: before,
          section: "agreement",
          input: { ...agreementForm, background: "Inaktuell" },
        },
      ),
    ).toEqual({ ok: false, code: "conflict" });

    const outline = (await agreementOutline(id, "sv"))!;
    // In the agreement template's order: background before values, organisation before the steering group,
    // evaluation after the budget and before the term, the surplus among the terms.
    expect(outline.sections.map((s) => s.id)).toEqual([
      "parties",
      "background",
      "values",
      "purpose",
      "efforts",
      "targetGroup",
      "goals",
      "organisation",
      "steering",
      "followUp",
      "budget",
      "evaluation",
      "period",
      "terms",
      "signatures",
    ]);
    const bytes = await agreementPdf(outline, (page, pages) => `sida ${page} av ${pages}`);
    const text = await pdfText(bytes);
    expect(text).toContain("Söråkers Folkets Husförening");
    expect(text).toContain("Timrå kommun, Socialförvaltningen");
    expect(text).toContain("2018-01-01 – 2018-12-31");
    // 530 tkr and 990,84 tkr (not the printed 995): 1 520,8 tkr in all.
    expect(text).toContain("530,0 tkr");
    expect(text).toContain("990,8 tkr");
    expect(text).toContain("1 520,8 tkr");
    expect(text).toContain("34,8 %");
    expect(text).toContain("65,2 %");
    expect(text).toContain("Underskrifter");
    for (const heading of [
      "Bakgrund",
      "Organisation och samverkan",
      "Ansvarsfördelning inom kommunen",
      "Utvärdering och fortsatt samverkan",
      "Överskott",
    ])
      expect(text).toContain(heading);
    expect(text).toContain(agreementForm.background);
    expect(text).toContain(agreementForm.collaboration);
    expect(text).toContain("Beslutande nämnd: Kommunstyrelsen");
    expect(text).toContain("Ansvarig förvaltning: Socialförvaltningen via arbetsmarknadschefen");
    expect(text).toContain(agreementForm.evaluation);
    expect(text).toContain(agreementForm.surplusUse);
    expect(text.indexOf("Utvärdering och fortsatt samverkan")).toBeGreaterThan(text.indexOf("1 520,8 tkr"));
    const english = (await agreementOutline(id, "en"))!;
    expect(english.sections.map((s) => s.heading)).toContain("Signatures");
    expect(english.sections.map((s) => s.heading)).toContain("Evaluation and continued collaboration");
  });
});
