import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import type { WorkflowAction } from "@/lib/domain/workflow";
import { IOP_CRITERIA, type PayloadInput, type WorkflowCommand } from "@/lib/domain/workflow-payloads";
import { getDb } from "@/lib/server/db/client";
import { createSentRequest, createStaffUser } from "@/lib/server/db/factories";
import { addAttachment } from "@/lib/server/files/attachments";
import { sendApplicantMessage } from "@/lib/server/intake/applicant-actions";
import { resendReopenedSections, saveReopenedSection } from "@/lib/server/intake/reopened";
import { sendRequest } from "@/lib/server/intake/send-request";
import { requestByStatusToken } from "@/lib/server/intake/status";
import { caseArchivePackage } from "@/lib/server/records/archive-package";
import { findCasesByNumber } from "@/lib/server/records/documents";
import { partnershipArchivePackage } from "@/lib/server/records/partnership-archive";
import { exportDocumentList, exportSingleDocument } from "@/lib/server/records/export-documents";
import { markSecrecy } from "@/lib/server/records/mark-secrecy";
import { messageApplicant } from "@/lib/server/staff/case-notes";
import { answerOpinion, declareConflict } from "@/lib/server/staff/opinions";
import { performAction } from "@/lib/server/staff/perform-action";
import { createFromRequest } from "@/lib/server/partnerships/create-partnership";
import { partnershipDetail } from "@/lib/server/partnerships/queries";
import { sendForSigning } from "@/lib/server/signing/send";
import { signWithToken } from "@/lib/server/signing/sign";
import { freezeVersion } from "@/lib/server/signing/versions";
import { completeAnswers, requestSeed, unique, uniqueEmail } from "../factories";
import { createPartnership } from "../factories/partnerships";
import { unzip } from "../support/unzip";
import { pdf } from "../support/zip";

// The register of a case's documents (lib/server/records): every source registers, numbers are
// gap-free and ordered, secrecy marking, releases with and without a secrecy review, archive packages.

const sha256 = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

function schemaValidator() {
  const schema = JSON.parse(
    readFileSync(path.join(process.cwd(), "docs/schemas/archive-package.schema.json"), "utf8"),
  );
  // strictRequired is off: the top-level oneOf names "case" or "partnership", defined beside it.
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

/** Every file but the checksum file is listed in sha256sums.txt with its right checksum. */
function expectChecksums(files: Map<string, Uint8Array>) {
  const sums = new TextDecoder().decode(files.get("sha256sums.txt")!).trim().split("\n");
  const listed = new Map(sums.map((line) => [line.slice(66), line.slice(0, 64)]));
  expect([...listed.keys()].sort()).toEqual([...files.keys()].filter((n) => n !== "sha256sums.txt").sort());
  for (const [name, sum] of listed) expect(sha256(files.get(name)!), name).toBe(sum);
}
const file = (name: string) => new File([Buffer.from(pdf(unique()))], name, { type: "application/pdf" });

async function staff(roles: ("LOTS" | "DIRECTOR" | "EXPERT" | "REGISTRAR" | "COMMITTEE")[], name = "Anna") {
  const db = await getDb();
  const u = await createStaffUser(db, {
    email: uniqueEmail(roles[0]!.toLowerCase()),
    name,
    roles,
    ...(roles.includes("EXPERT") ? { expertKind: "LAWYER" as const } : {}),
  });
  return { id: u.id, roles };
}

async function register(requestId: string) {
  const db = await getDb();
  return db.caseDocument.findMany({ where: { requestId }, orderBy: { number: "asc" } });
}

const act = async <A extends WorkflowAction>(
  requestId: string,
  user: { id: string; roles: never[] },
  action: A,
  payload: PayloadInput<A>,
) => {
  const db = await getDb();
  const { version } = await db.request.findUniqueOrThrow({ where: { id: requestId } });
  return performAction(user, { requestId, expectedVersion: version, action, payload } as WorkflowCommand);
};

/** A case taken from review to a declined decision through the real verbs, touching every source. */
async function declinedCase() {
  const db = await getDb();
  const [lots, director, expert] = [
    await staff(["LOTS"]),
    await staff(["DIRECTOR"]),
    await staff(["EXPERT"], "Sara Jurist"),
  ];
  const email = uniqueEmail("rec");
  const { request, accessToken } = await createSentRequest(
    db,
    requestSeed({
      step: "REVIEWED",
      contact: { name: "Test Person", email },
      answers: completeAnswers(email),
    }),
  );
  const L = lots as never as { id: string; roles: never[] };
  expect(
    await act(request.id, L, "requestInformation", { sections: ["idea"], message: "Mer om idén." }),
  ).toEqual({ ok: true });
  expect(
    await saveReopenedSection(request.id, "idea", { title: "Läxhjälp", description: "Konkret nu." }),
  ).toBe(true);
  expect(await resendReopenedSections(request.id)).toEqual({ ok: true });
  const status = (await requestByStatusToken(accessToken))!;
  expect(await sendApplicantMessage(status, "Här är budgeten.", file("budget.pdf"))).toEqual({
    ok: true,
    attached: true,
  });
  expect(await messageApplicant(request.id, lots.id, "Tack, vi har fått den.")).toBe(true);
  expect(
    await act(request.id, L, "requestOpinions", { expertIds: [expert.id], question: "Går det som IOP?" }),
  ).toEqual({ ok: true });
  const opinion = await db.expertOpinion.findFirstOrThrow({ where: { requestId: request.id } });
  expect(await declareConflict(expert, { opinionId: opinion.id, hasConflict: false, note: "" })).toBe(true);
  expect(await answerOpinion(expert, { opinionId: opinion.id, answer: "Ja, inget hinder." })).toBe(true);
  expect(await act(request.id, L, "completeConsultation", {})).toEqual({ ok: true });
  expect(
    await act(request.id, L, "bookPresentation", {
      date: "2026-12-01",
      time: "10:00",
      durationMinutes: "60",
      place: "Rum 1",
    }),
  ).toEqual({ ok: true });
  expect(await act(request.id, L, "recordPresentation", { notes: "Bra presentation." })).toEqual({
    ok: true,
  });
  const criteria = Object.fromEntries(
    IOP_CRITERIA.map((c) => [c, { met: "no" }]),
  ) as PayloadInput<"submitProposal">["criteria"];
  expect(
    await act(request.id, L, "submitProposal", {
      recommended: "DECLINE",
      motivation: "Passar inte.",
      resources: "Inga.",
      criteria,
    }),
  ).toEqual({ ok: true });
  const D = director as never as { id: string; roles: never[] };
  expect(await act(request.id, D, "decline", { reason: "Verksamheten finns redan." })).toEqual({ ok: true });
  return { request, lots, director };
}

describe("registering a case's documents", () => {
  it("registers the sent request and its files as documents 1, 2, … in the sending transaction", async () => {
    const db = await getDb();
    const draft = await db.request.create({
      data: { kind: "COLLABORATION", status: "DRAFT", answers: completeAnswers(uniqueEmail("d")) },
    });
    expect(
      (await addAttachment(db, { requestId: draft.id, file: file("plan.pdf"), uploadedBy: "APPLICANT" })).ok,
    ).toBe(true);
    expect(await register(draft.id)).toEqual([]); // a draft's files wait until it is sent
    const sent = await sendRequest({ requestId: draft.id, idempotencyKey: `k-${unique()}`, locale: "sv" });
    expect(sent.ok).toBe(true);
    const docs = await register(draft.id);
    expect(docs.map((d) => [d.number, d.kind, d.direction])).toEqual([
      [1, "REQUEST", "IN"],
      [2, "ATTACHMENT", "IN"],
    ]);
    expect(docs[0]!.description).toBe("Ansökan om samverkan: Läxhjälp i biblioteket");
    expect(docs[1]!.description).toContain("plan.pdf");
  });

  it("registers each source of a case in order, gap-free, with direction and counterpart", async () => {
    const { request } = await declinedCase();
    const docs = await register(request.id);
    expect(docs.map((d) => d.number)).toEqual(docs.map((_, i) => i + 1));
    expect(docs.map((d) => [d.kind, d.direction])).toEqual([
      ["REQUEST", "IN"],
      ["MESSAGE", "OUT"], // the request for more information
      ["SUPPLEMENT", "IN"],
      ["MESSAGE", "IN"],
      ["ATTACHMENT", "IN"],
      ["MESSAGE", "OUT"],
      ["OPINION", "INTERNAL"],
      ["PROPOSAL", "INTERNAL"],
      ["DECISION", "OUT"],
    ]);
    expect(docs[6]!.counterpart).toBe("Sara Jurist");
    expect(docs[8]!.counterpart).toBe(docs[0]!.counterpart);
    expect(docs[0]!.counterpart).not.toBe("");
    const numbered = await getDb().then((db) => db.request.findUniqueOrThrow({ where: { id: request.id } }));
    expect(numbered.documentCounter).toBe(docs.length);
  });

  it("numbers documents registered at the same moment without gaps or duplicates", async () => {
    const db = await getDb();
    const { request } = await createSentRequest(db, requestSeed());
    const lots = await staff(["LOTS"]);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => messageApplicant(request.id, lots.id, `Meddelande ${i}`)),
    );
    expect(results.every(Boolean)).toBe(true);
    expect((await register(request.id)).map((d) => d.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("registers the agreement on the request its partnership came from once every party has signed", async () => {
    const db = await getDb();
    const lots = await staff(["LOTS"]);
    const { request } = await createSentRequest(db, {
      ...requestSeed({ subject: "Läxhjälp" }),
      step: "PROPOSAL",
    });
    await db.request.update({
      where: { id: request.id },
      data: { status: "ENDED", outcome: "GRANTED", collaborationForm: "IOP" },
    });
    const created = await createFromRequest(request.id, lots.id);
    if (!created.ok) throw new Error("not created");
    expect(await freezeVersion({ userId: lots.id }, { partnershipId: created.id! })).toEqual({
      ok: true,
      number: 1,
    });
    const parties = (await partnershipDetail(created.id!))!.parties;
    const tokens: string[] = [];
    for (const party of parties) {
      const email = `${unique()}@signatory.test`;
      const input = {
        partyId: party.id,
        name: "Signe",
        role: "Ordförande",
        email,
        mailLocale: "sv" as const,
      };
      expect(
        await sendForSigning({ userId: lots.id }, { partnershipId: created.id!, number: 1, input }),
      ).toEqual({ ok: true });
      const mail = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: email } });
      tokens.push(mail.bearerLinks[0]!.split("/signera/")[1]!);
    }
    const sign = (token: string) =>
      signWithToken(token, {
        typedName: "Signe",
        consent: "yes",
        locale: "sv",
        clientAddress: "198.51.100.7",
      });
    await sign(tokens[0]!);
    expect((await register(request.id)).map((d) => d.kind)).toEqual(["REQUEST"]);
    await sign(tokens[1]!);
    const docs = await register(request.id);
    expect(docs.map((d) => [d.number, d.kind, d.direction])).toEqual([
      [1, "REQUEST", "IN"],
      [2, "AGREEMENT", "IN"],
    ]);
    const civil = parties.find((p) => p.side === "CIVIL_SOCIETY")!;
    expect(docs[1]!.counterpart).toBe(civil.name);
  });

  it("finds a case for the registrar by its registration number or the start of it", async () => {
    const db = await getDb();
    const { request } = await createSentRequest(db, requestSeed());
    const number = request.registrationNumber!;
    expect((await findCasesByNumber(number)).map((r) => r.id)).toEqual([request.id]);
    expect((await findCasesByNumber(number.slice(0, -1).toLowerCase())).map((r) => r.id)).toContain(
      request.id,
    );
    expect(await findCasesByNumber("   ")).toEqual([]);
  });

  it("keeps a document's number, kind and reference for good", async () => {
    const db = await getDb();
    const { request } = await createSentRequest(db, requestSeed());
    const [doc] = await register(request.id);
    await expect(db.caseDocument.update({ where: { id: doc!.id }, data: { number: 7 } })).rejects.toThrow();
  });
});

describe("secrecy marking and releasing documents", () => {
  it("marks a document (lots only, with a valid OSL paragraph), audited; exports leave it out until a review is confirmed", async () => {
    const db = await getDb();
    const { request } = await declinedCase();
    const [lots, registrar, committee] = [
      await staff(["LOTS"]),
      await staff(["REGISTRAR"]),
      await staff(["COMMITTEE"]),
    ];
    const docs = await register(request.id);
    const message = docs.find((d) => d.kind === "MESSAGE" && d.direction === "IN")!;
    const base = { requestId: request.id, documentId: message.id };

    expect(
      await markSecrecy({ ...base, user: registrar, marking: { marking: "osl", paragraph: "OSL 19:3" } }),
    ).toEqual({
      ok: false,
      code: "forbidden",
    });
    expect(await markSecrecy({ ...base, user: lots, marking: { marking: "osl", paragraph: "" } })).toEqual({
      ok: false,
      code: "invalid",
      errors: { paragraph: "paragraphRequired" },
    });
    expect(
      await markSecrecy({ ...base, user: lots, marking: { marking: "osl", paragraph: "paragraf 3" } }),
    ).toMatchObject({
      errors: { paragraph: "paragraphFormat" },
    });
    expect(await markSecrecy({ ...base, user: lots, marking: { marking: "" } })).toMatchObject({
      errors: { marking: "choose" },
    });
    expect(
      await markSecrecy({ ...base, user: lots, marking: { marking: "osl", paragraph: "OSL 19:3" } }),
    ).toEqual({ ok: true });
    expect((await db.caseDocument.findUniqueOrThrow({ where: { id: message.id } })).secrecy).toBe("OSL 19:3");
    const marked = await db.auditEvent.findFirstOrThrow({
      where: { entity: "case_document", entityId: message.id },
    });
    expect(marked).toMatchObject({ action: "secrecy_marked", actorId: lots.id });
    expect(marked.changes).toMatchObject({ secrecy: { from: null, to: "OSL 19:3" } });

    const csv = async (reviewed: boolean) => {
      const r = await exportDocumentList({
        user: registrar,
        requestId: request.id,
        format: "csv",
        reviewed,
        locale: "sv",
      });
      if (!r.ok) throw new Error(r.code);
      return new TextDecoder().decode(r.file.bytes);
    };
    const without = await csv(false);
    expect(without).not.toContain("Meddelande från sökanden");
    expect(without).toContain(`"${request.registrationNumber}-1"`);
    expect(without.trim().split("\r\n")).toHaveLength(1 + docs.length - 1);
    const withReview = await csv(true);
    expect(withReview).toContain("Meddelande från sökanden");
    expect(withReview).toContain("Kan innehålla uppgifter som omfattas av sekretess (OSL 19:3)");
    const pdfList = await exportDocumentList({
      user: registrar,
      requestId: request.id,
      format: "pdf",
      reviewed: false,
      locale: "en",
    });
    expect(pdfList.ok && new TextDecoder().decode(pdfList.file.bytes.slice(0, 5))).toBe("%PDF-");

    expect(await exportSingleDocument({ ...base, user: registrar, reviewed: false })).toEqual({
      ok: false,
      code: "secret",
    });
    const single = await exportSingleDocument({ ...base, user: registrar, reviewed: true });
    expect(single.ok && single.file.contentType).toBe("application/pdf");
    const attachment = docs.find((d) => d.kind === "ATTACHMENT")!;
    const original = await exportSingleDocument({
      ...base,
      documentId: attachment.id,
      user: registrar,
      reviewed: false,
    });
    expect(original.ok && new TextDecoder().decode(original.file.bytes.slice(0, 5))).toBe("%PDF-");
    expect(
      await exportDocumentList({
        user: committee,
        requestId: request.id,
        format: "csv",
        reviewed: true,
        locale: "sv",
      }),
    ).toEqual({
      ok: false,
      code: "forbidden",
    });

    const releases = await db.auditEvent.findMany({
      where: { entity: "request", entityId: request.id, actorId: registrar.id },
      orderBy: { id: "asc" },
    });
    expect(
      releases.map((r) => [r.action, (r.changes as { secrecyReviewed: { to: boolean } }).secrecyReviewed.to]),
    ).toEqual([
      ["documents_exported", false],
      ["documents_exported", true],
      ["documents_exported", false],
      ["document_exported", true],
      ["document_exported", false],
    ]);
  });
});

describe("archive packages", () => {
  it("packs a closed case: metadata valid against the published schema, every document, every checksum right", async () => {
    const db = await getDb();
    const { request } = await declinedCase();
    const registrar = await staff(["REGISTRAR"]);
    const result = await caseArchivePackage({ user: registrar, requestId: request.id });
    if (!result.ok) throw new Error(result.code);
    const files = unzip(result.bytes);

    const validate = schemaValidator();
    const metadata = JSON.parse(new TextDecoder().decode(files.get("metadata.json")!));
    expect(validate(metadata), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...metadata, case: { ...metadata.case, status: "OPEN" } })).toBe(false);

    const docs = await register(request.id);
    expect(metadata.case.registrationNumber).toBe(request.registrationNumber);
    expect(metadata.case.outcome).toBe("DECLINED");
    expect(metadata.case.documents).toHaveLength(docs.length);
    expect(metadata.case.events.map((e: { type: string }) => e.type)).toContain("ENDED");
    for (const d of metadata.case.documents) {
      expect(d.file, d.documentNumber).not.toBeNull();
      expect(sha256(files.get(d.file.path)!)).toBe(d.file.sha256);
    }

    expectChecksums(files);

    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: request.id, action: "archive_exported" },
    });
    expect(audit.actorId).toBe(registrar.id);
  });

  it("refuses a case that is not closed, and a role without the permission", async () => {
    const db = await getDb();
    const { request } = await createSentRequest(db, requestSeed());
    expect(await caseArchivePackage({ user: await staff(["REGISTRAR"]), requestId: request.id })).toEqual({
      ok: false,
      code: "notClosed",
    });
    expect(await caseArchivePackage({ user: await staff(["DIRECTOR"]), requestId: request.id })).toEqual({
      ok: false,
      code: "forbidden",
    });
  });

  it("packs an ended partnership with its agreement versions; refuses one still active", async () => {
    const db = await getDb();
    const lots = await staff(["LOTS"]);
    const p = await createPartnership(db, { status: "DRAFT" });
    expect(await freezeVersion({ userId: lots.id }, { partnershipId: p.id })).toEqual({
      ok: true,
      number: 1,
    });
    await db.partnership.update({ where: { id: p.id }, data: { status: "ACTIVE" } });
    expect(await partnershipArchivePackage({ user: lots, partnershipId: p.id })).toEqual({
      ok: false,
      code: "notClosed",
    });
    await db.partnership.update({ where: { id: p.id }, data: { status: "ENDED" } });
    const result = await partnershipArchivePackage({ user: await staff(["REGISTRAR"]), partnershipId: p.id });
    if (!result.ok) throw new Error(result.code);
    const files = unzip(result.bytes);
    const metadata = JSON.parse(new TextDecoder().decode(files.get("metadata.json")!));
    const validate = schemaValidator();
    expect(validate(metadata), JSON.stringify(validate.errors)).toBe(true);
    expect(metadata.partnership.parties).toHaveLength(2);
    expect(metadata.partnership.documents).toEqual([
      expect.objectContaining({
        version: 1,
        signed: null,
        file: expect.objectContaining({ mimeType: "application/pdf" }),
      }),
    ]);
    expectChecksums(files);
  });
});
