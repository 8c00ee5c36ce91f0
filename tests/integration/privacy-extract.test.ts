import { describe, expect, it } from "vitest";
import { parseIdentifier, type Identifier } from "@/lib/domain/privacy";
import { findPersonalData } from "@/lib/server/privacy/extract";
import { produceExtract } from "@/lib/server/privacy/produce-extract";
import { staffMember, staffSession, uniqueEmail } from "../factories";
import { databaseWithPerson } from "../factories/personal-data";
import { migrateBeforeAll } from "../support/fresh-database";

const id = (kind: string, value: string): Identifier => {
  const parsed = parseIdentifier(kind, value);
  if (!parsed.ok) throw new Error(`bad identifier ${kind}`);
  return parsed.identifier;
};

migrateBeforeAll();

describe("register extract", () => {
  it("finds every kind of row that holds an address, in any case, inside JSON too", async () => {
    const { db, person } = await databaseWithPerson();
    // Older rows of the append-only trail that still carry an address in their JSON.
    await db.caseEvent.create({
      data: {
        requestId: person.requestId,
        type: "STEP_CHANGED",
        data: { from: "RECEIVED", to: "REVIEWED", comment: `Ringde ${person.email.toUpperCase()}` },
        actorType: "SYSTEM",
      },
    });
    await db.auditEvent.create({
      data: {
        actorType: "SYSTEM",
        entity: "party",
        entityId: person.requestId,
        action: "updated",
        changes: { contactEmail: { from: null, to: person.email } },
      },
    });
    await db.agreementSignature.create({
      data: {
        version: {
          create: {
            partnership: { create: { title: "Avtal", municipality: "Testkommun" } },
            number: 1,
            sections: {},
            parties: [],
            pdfFileId: person.requestId,
            sha256: "0".repeat(64),
          },
        },
        partyId: person.requestId,
        name: "Signatär",
        role: "Ordförande",
        email: person.email,
        tokenHash: `${Date.now()}${Math.random()}`.padEnd(64, "0").slice(0, 64),
        expiresAt: new Date(),
      },
    });
    const staffId = await staffMember(["LOTS"]);
    await db.staffUser.update({ where: { id: staffId }, data: { name: `Medarbetare ${person.email}` } });

    const extract = await findPersonalData(db, id("email", `  ${person.email.toUpperCase()} `));
    const kinds = new Set(extract.hits.filter((h) => h.direct).map((h) => h.kind));
    expect([...kinds].sort()).toEqual(
      [
        "auditEvent",
        "caseEvent",
        "contact",
        // The register of documents names the sender.
        "document",
        "mail",
        "message",
        "opinion",
        "partnership",
        "party",
        "partnerReport",
        "partnerReportFile",
        "presentation",
        "request",
        "signature",
        "staffUser",
      ].sort(),
    );
    // The case's files are listed with it even though their names no longer hold the address.
    expect(extract.hits.some((h) => h.kind === "attachment" && h.requestIds.includes(person.requestId))).toBe(
      true,
    );
    expect(extract.cases).toEqual([
      expect.objectContaining({ id: person.requestId, registrationNumber: person.registrationNumber }),
    ]);
    const request = extract.hits.find((h) => h.kind === "request")!;
    expect(JSON.stringify(request.values.answers)).toContain(person.email.toUpperCase());
  });

  it("finds a phone number however it was typed, and an org number with or without its dash", async () => {
    const { db, person } = await databaseWithPerson();
    const international = `+46 ${person.phone.slice(1, 3)} ${person.phone.slice(3)}`;
    const byPhone = await findPersonalData(db, id("phone", international));
    expect(new Set(byPhone.hits.filter((h) => h.direct).map((h) => h.kind))).toEqual(
      new Set(["contact", "request", "message", "note", "followUp"]),
    );
    const byOrg = await findPersonalData(db, id("orgNumber", person.orgNumber.replace("-", "")));
    expect(new Set(byOrg.hits.filter((h) => h.direct).map((h) => h.kind))).toEqual(
      new Set(["organisation", "request", "party", "proposal"]),
    );
  });

  it("finds nothing for an unknown address, nor for one that only contains it", async () => {
    const { db, person } = await databaseWithPerson();
    expect(await findPersonalData(db, id("email", uniqueEmail("nobody")))).toMatchObject({
      hits: [],
      cases: [],
    });
    const [local, domain] = person.email.split("@");
    const shorter = await findPersonalData(db, id("email", `${local!.slice(1)}@${domain}`));
    expect(shorter.hits).toEqual([]);
  });

  it("writes one audit row per extract with the kind and counts, never the identifier", async () => {
    const { db, person } = await databaseWithPerson();
    const officer = await staffSession(["PRIVACY_OFFICER"]);
    const extract = await produceExtract(officer, id("email", person.email), "page");
    expect(extract?.hits.length).toBeGreaterThan(5);
    const rows = await db.auditEvent.findMany({
      where: { actorId: officer.user.id, entity: "register_extract" },
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.changes).toEqual({
      identifierKind: { to: "email" },
      format: { to: "page" },
      hits: { to: extract!.hits.length },
      cases: { to: 1 },
    });
    expect(JSON.stringify({ ...rows[0], id: null })).not.toContain(person.email);
    // Only the data protection officer may.
    const lots = await staffSession(["LOTS"]);
    expect(await produceExtract(lots, id("email", person.email), "page")).toBeNull();
    expect(await db.auditEvent.count({ where: { actorId: lots.user.id, entity: "register_extract" } })).toBe(
      0,
    );
  });
});
