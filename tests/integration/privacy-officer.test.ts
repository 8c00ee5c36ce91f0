import { describe, expect, it } from "vitest";
import { eraseRequestOnDemand } from "@/lib/server/privacy/erase-request";
import { privacyCase } from "@/lib/server/privacy/privacy-case";
import { rectifyContact } from "@/lib/server/privacy/rectify-contact";
import { staffSession, uniqueEmail } from "../factories";
import { databaseWithPerson } from "../factories/personal-data";
import { migrateBeforeAll } from "../support/fresh-database";
import { findEverywhere } from "../support/find-everywhere";

migrateBeforeAll();

describe("the data protection officer's case verbs", () => {
  it("corrects the contact in its row and in the answers; the trail names the fields, never the values", async () => {
    const { db, person } = await databaseWithPerson();
    const officer = await staffSession(["PRIVACY_OFFICER"]);
    const corrected = uniqueEmail("corrected");
    expect(
      await rectifyContact(officer, person.requestId, { name: person.name, email: corrected, phone: "" }),
    ).toEqual({ ok: true, changed: 2 });
    const request = await db.request.findUniqueOrThrow({
      where: { id: person.requestId },
      include: { contact: true, events: { orderBy: { id: "asc" } } },
    });
    expect(request.contact).toMatchObject({ email: corrected, phone: null, name: person.name });
    expect(request.answers).toMatchObject({ contact: { email: corrected, phone: "", name: person.name } });
    const event = request.events.at(-1)!;
    expect(event).toMatchObject({
      type: "CONTACT_RECTIFIED",
      data: { fields: ["email", "phone"] },
      actorId: officer.user.id,
    });
    expect(JSON.stringify(event.data)).not.toContain(corrected);

    expect(
      await rectifyContact(officer, person.requestId, { name: "", email: "x", phone: "" }),
    ).toMatchObject({
      ok: false,
      code: "invalid",
      errors: { name: "required", email: "email" },
    });
    const lots = await staffSession(["LOTS"]);
    expect(await rectifyContact(lots, person.requestId, { name: "X", email: corrected, phone: "" })).toEqual({
      ok: false,
      code: "forbidden",
    });
  });

  it("erases only when the registration number is typed, and then leaves no trace", async () => {
    const { db, person } = await databaseWithPerson();
    const officer = await staffSession(["PRIVACY_OFFICER"]);
    expect((await privacyCase(officer, person.requestId))?.refusal).toBeNull();
    expect(await eraseRequestOnDemand(officer, person.requestId, "KS 1999/0001")).toEqual({
      ok: false,
      code: "confirmation",
    });
    expect((await findEverywhere(db, person.email)).length).toBeGreaterThan(0);
    const lots = await staffSession(["LOTS"]);
    expect(await eraseRequestOnDemand(lots, person.requestId, person.registrationNumber)).toEqual({
      ok: false,
      code: "forbidden",
    });

    expect(
      await eraseRequestOnDemand(officer, person.requestId, ` ${person.registrationNumber.toLowerCase()} `),
    ).toEqual({
      ok: true,
    });
    expect(await findEverywhere(db, person.email)).toEqual([]);
    const event = await db.caseEvent.findFirstOrThrow({
      where: { requestId: person.requestId, type: "PERSONAL_DATA_ERASED" },
    });
    expect(event).toMatchObject({
      actorType: "STAFF",
      actorId: officer.user.id,
      data: { basis: "data_subject_request" },
    });
    expect(await privacyCase(officer, person.requestId)).toMatchObject({ erased: true });
    // A corrected contact cannot be put back into an erased case.
    expect(
      await rectifyContact(officer, person.requestId, { name: "Ny", email: person.email, phone: "" }),
    ).toEqual({
      ok: false,
      code: "erased",
    });
  });

  it("tells why a granted case cannot be erased", async () => {
    const { db, person } = await databaseWithPerson();
    await db.request.update({ where: { id: person.requestId }, data: { outcome: "GRANTED" } });
    const officer = await staffSession(["PRIVACY_OFFICER"]);
    expect(await privacyCase(officer, person.requestId)).toMatchObject({
      refusal: "archiveDuty",
      erased: false,
    });
    expect(await eraseRequestOnDemand(officer, person.requestId, person.registrationNumber)).toEqual({
      ok: false,
      code: "archiveDuty",
    });
  });
});
