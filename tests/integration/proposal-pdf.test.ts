import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { buildCaseEvent } from "@/lib/domain/case-events";
import { IOP_CRITERIA } from "@/lib/domain/workflow-payloads";
import { getDb } from "@/lib/server/db/client";
import { createSentRequest, createStaffUser } from "@/lib/server/db/factories";
import { proposalDocument, proposalPdf } from "@/lib/server/staff/proposal-document";
import { pageText } from "../support/pdf-text";
import { requestSeed, uniqueEmail } from "../factories";

const flat = (s: string) => s.replace(/\s+/g, " ").trim();

describe("decision proposal document", () => {
  it("renders a valid A4 PDF containing the registration number and the motivation", async () => {
    const db = await getDb();
    const lots = await createStaffUser(db, {
      email: uniqueEmail("lots"),
      name: "Åsa Lotsdóttir",
      roles: ["LOTS"],
    });
    const expert = await createStaffUser(db, {
      email: uniqueEmail("exp"),
      name: "Jurist Jönsson",
      roles: ["EXPERT"],
      expertKind: "LAWYER",
    });
    const { request } = await createSentRequest(
      db,
      requestSeed({ step: "PROPOSAL", subject: "Läxhjälp på fritidsgården" }),
    );
    const review = buildCaseEvent({
      type: "STEP_CHANGED",
      data: {
        from: "RECEIVED",
        to: "REVIEWED",
        action: "review",
        details: {
          meetingDate: "2026-11-02",
          participants: "Åsa, Örjan",
          summary: "Mötet var bra – idén är väl förankrad.",
        },
      },
    });
    await db.caseEvent.create({
      data: { requestId: request.id, ...review, actorType: "STAFF", actorId: lots.id },
    });
    await db.expertOpinion.create({
      data: {
        requestId: request.id,
        expertId: expert.id,
        requestedById: lots.id,
        question: "Är IOP möjligt?",
        answer: "Ja, IOP är möjligt här.",
        answeredAt: new Date(),
        hasConflict: false,
        conflictDeclaredAt: new Date(),
      },
    });
    await db.presentation.create({
      data: {
        requestId: request.id,
        startsAt: new Date("2026-11-10T12:00:00Z"),
        place: "Stadshuset",
        notes: "Presentationen övertygade.",
        bookedById: lots.id,
      },
    });
    // A long motivation with å, ä, ö and é, so that it wraps over several lines.
    const motivation =
      "Föreningen har drivit läxhjälp i tio år och når ungdomar som kommunen inte når. " +
      "Samarbetet är långsiktigt, båda parter bidrar och det finns ingen marknad för tjänsten; " +
      "därför föreslås ett idéburet offentligt partnerskap med en gemensam styrgrupp och årlig uppföljning av resultaten. ".repeat(
        3,
      ) +
      "Café-verksamheten ingår inte.";
    await db.decisionProposal.create({
      data: {
        requestId: request.id,
        recommended: "IOP",
        motivation,
        resources: "Lokal och 200 000 kr per år.",
        criteria: IOP_CRITERIA.map((key) => ({
          key,
          met: key === "longTerm" ? "unclear" : "yes",
          note: key === "noMarket" ? "Ingen privat aktör erbjuder detta." : "",
        })),
        authorId: lots.id,
        submittedAt: new Date(),
      },
    });

    const doc = await proposalDocument(request.id, "sv");
    expect(doc).not.toBeNull();
    expect(doc!).toMatchObject({
      registrationNumber: request.registrationNumber,
      subject: "Läxhjälp på fritidsgården",
      author: "Åsa Lotsdóttir",
      meeting: { summary: "Mötet var bra – idén är väl förankrad." },
      opinions: [{ expert: "Jurist Jönsson", answer: "Ja, IOP är möjligt här." }],
      presentationNotes: ["Presentationen övertygade."],
    });

    const bytes = await proposalPdf(doc!);
    expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
    expect(pdf.getPage(0).getSize().width).toBeCloseTo(595.28, 1);
    expect(pdf.getTitle()).toContain(request.registrationNumber!);

    const text = pdf.getPages().map(pageText).join("\n");
    const all = flat(text);
    expect(all).toContain("Förslag till beslut");
    expect(all).toContain(request.registrationNumber!);
    expect(all).toContain(flat(motivation));
    expect(all).toContain("Mötet var bra – idén är väl förankrad.");
    expect(all).toContain("Ja, IOP är möjligt här.");
    expect(all).toContain("Idéburet offentligt partnerskap (IOP)");
    expect(all).toMatch(/Sida 1 av \d/);
    // The motivation really was wrapped: no drawn line holds all of it.
    expect(text.split("\n").some((line) => line.includes(flat(motivation)))).toBe(false);

    const englishPdf = await PDFDocument.load(await proposalPdf((await proposalDocument(request.id, "en"))!));
    const english = flat(englishPdf.getPages().map(pageText).join("\n"));
    expect(english).toContain("Decision proposal");
    expect(english).toContain("Page 1 of");
  });

  it("has no document for a request without a submitted proposal", async () => {
    const db = await getDb();
    const lots = await createStaffUser(db, { email: uniqueEmail("lots"), name: "Lots", roles: ["LOTS"] });
    const { request } = await createSentRequest(db, requestSeed({ step: "PROPOSAL" }));
    await db.decisionProposal.create({
      data: {
        requestId: request.id,
        recommended: "GRANT",
        motivation: "Utkast",
        resources: "-",
        authorId: lots.id,
      },
    });
    expect(await proposalDocument(request.id, "sv")).toBeNull();
    expect(await proposalDocument("not-a-uuid", "sv")).toBeNull();
  });
});
