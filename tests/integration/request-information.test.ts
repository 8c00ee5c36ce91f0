import { describe, expect, it } from "vitest";
import type { Answers } from "@/lib/domain/intake/schema";
import { getDb } from "@/lib/server/db/client";
import { createSentRequest, createStaffUser } from "@/lib/server/db/factories";
import { resendReopenedSections, saveReopenedSection } from "@/lib/server/intake/reopened";
import { completeAnswers, requestSeed, uniqueEmail } from "../factories";
import { actAsLots } from "../factories/workflow";

async function caseAskedForMoreInformation() {
  const db = await getDb();
  const email = uniqueEmail("info");
  const lots = await createStaffUser(db, { email: uniqueEmail("lots"), name: "Lots", roles: ["LOTS"] });
  const { request } = await createSentRequest(
    db,
    requestSeed({
      step: "REVIEWED",
      contact: { name: "Test Person", email },
      answers: completeAnswers(email),
    }),
  );
  const result = await actAsLots(lots.id, request, "requestInformation", {
    sections: ["idea"],
    message: "Beskriv idén mer konkret, tack.",
  });
  expect(result).toEqual({ ok: true });
  return { db, request, email, lots };
}

describe("asking the organisation for more information", () => {
  it("reopens the chosen sections, writes the message and mails the applicant; the step stays", async () => {
    const { db, request, email, lots } = await caseAskedForMoreInformation();
    const after = await db.request.findUniqueOrThrow({ where: { id: request.id } });
    expect(after).toMatchObject({ step: "REVIEWED", status: "OPEN", reopenedSections: ["idea"] });
    expect(after.version).toBeGreaterThan(request.version);
    const messages = await db.message.findMany({ where: { requestId: request.id } });
    expect(messages).toEqual([
      expect.objectContaining({ from: "STAFF", authorId: lots.id, body: "Beskriv idén mer konkret, tack." }),
    ]);
    const event = await db.caseEvent.findFirstOrThrow({
      where: { requestId: request.id, type: "MESSAGE_SENT" },
    });
    expect(event).toMatchObject({ actorId: lots.id, toStep: null });
    const mails = await db.outboxEmail.findMany({ where: { requestId: request.id, toAddress: email } });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain("mer information");
    expect(mails[0]!.textBody).toContain("Beskriv idén mer konkret, tack.");
    expect(mails[0]!.textBody).toContain("- Idén");
  });

  it("refuses an empty choice of sections", async () => {
    const db = await getDb();
    const lots = await createStaffUser(db, { email: uniqueEmail("lots"), name: "Lots", roles: ["LOTS"] });
    const { request } = await createSentRequest(db, requestSeed());
    const result = await actAsLots(lots.id, request, "requestInformation", { sections: [], message: "Hej" });
    expect(result).toEqual({ ok: false, code: "invalid", errors: { sections: "chooseSection" } });
  });

  it("lets the applicant save only reopened sections, and resend only when they are valid", async () => {
    const { db, request } = await caseAskedForMoreInformation();
    expect(await saveReopenedSection(request.id, "organisation", { name: "Kapad" })).toBe(false);
    const idea = { title: "", description: "Mer konkret nu." };
    expect(await saveReopenedSection(request.id, "idea", idea)).toBe(true);
    let stored = await db.request.findUniqueOrThrow({ where: { id: request.id } });
    expect((stored.answers as Answers).idea).toEqual(idea);
    expect((stored.answers as Answers).organisation?.name).not.toBe("Kapad");

    expect(await resendReopenedSections(request.id)).toEqual({
      ok: false,
      code: "invalid",
      sections: ["idea"],
    });
    stored = await db.request.findUniqueOrThrow({ where: { id: request.id } });
    expect(stored.reopenedSections).toEqual(["idea"]);

    const version = stored.version;
    expect(await saveReopenedSection(request.id, "idea", { ...idea, title: "Läxhjälp, konkret" })).toBe(true);
    expect(await resendReopenedSections(request.id)).toEqual({ ok: true });
    stored = await db.request.findUniqueOrThrow({ where: { id: request.id } });
    expect(stored).toMatchObject({ step: "REVIEWED", status: "OPEN", reopenedSections: [] });
    expect(stored.version).toBeGreaterThan(version);
    expect((stored.answers as Answers).idea?.title).toBe("Läxhjälp, konkret");
    const supplied = await db.caseEvent.findFirstOrThrow({
      where: { requestId: request.id, type: "INFO_SUPPLIED" },
    });
    expect(supplied).toMatchObject({ actorType: "APPLICANT", data: { sections: ["idea"] } });
    expect(
      await db.outboxEmail.count({
        where: { requestId: request.id, subject: { contains: "Komplettering" } },
      }),
    ).toBe(1);

    // Once sent back, nothing is reopened: neither saving nor resending does anything.
    expect(await saveReopenedSection(request.id, "idea", idea)).toBe(false);
    expect(await resendReopenedSections(request.id)).toEqual({ ok: false, code: "nothingReopened" });
  });
});
