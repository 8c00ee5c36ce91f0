import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db/client";
import { createSentRequest, createStaffUser } from "@/lib/server/db/factories";
import { performAction } from "@/lib/server/staff/perform-action";
import { requestSeed, staffMember, uniqueEmail } from "../factories";
import { actAsLots } from "../factories/workflow";

describe("workflow actions on the database", () => {
  it("lets exactly one of 20 simultaneous moves win; the other 19 get a conflict and one event is written", async () => {
    const db = await getDb();
    const lots = await createStaffUser(db, { email: uniqueEmail("lots"), name: "Lots", roles: ["LOTS"] });
    const { request } = await createSentRequest(db, requestSeed());
    const review = () =>
      actAsLots(lots.id, request, "review", {
        meetingDate: "2026-11-20",
        participants: "Maja, Erik",
        summary: "Bra idé",
      });
    const eventsBefore = await db.caseEvent.count({ where: { requestId: request.id } });
    const results = await Promise.all(Array.from({ length: 20 }, review));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === "conflict")).toHaveLength(19);
    expect(await db.caseEvent.count({ where: { requestId: request.id } })).toBe(eventsBefore + 1);
    const after = await db.request.findUniqueOrThrow({ where: { id: request.id } });
    expect(after).toMatchObject({ step: "REVIEWED", version: request.version + 1 });
    const events = await db.caseEvent.findMany({ where: { requestId: request.id, type: "STEP_CHANGED" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ fromStep: "RECEIVED", toStep: "REVIEWED", actorId: lots.id });
    expect(
      await db.outboxEmail.count({ where: { requestId: request.id, subject: { contains: "Genomgången" } } }),
    ).toBe(1);
  });

  it("refuses a move the role may not make and a form with errors, changing nothing", async () => {
    const db = await getDb();
    const [director, lots] = [await staffMember(["DIRECTOR"]), await staffMember(["LOTS"])];
    const { request } = await createSentRequest(db, requestSeed());
    const base = { requestId: request.id, expectedVersion: request.version, action: "review" as const };
    expect(
      await performAction(
        { id: director, roles: ["DIRECTOR"] },
        { ...base, payload: { meetingDate: "2026-11-20", participants: "Maja", summary: "Bra" } },
      ),
    ).toMatchObject({
      ok: false,
      code: "refused",
      reason: "notAllowedForRole",
    });
    const invalid = await performAction(
      { id: lots, roles: ["LOTS"] },
      { ...base, payload: { meetingDate: "igår", participants: "", summary: " " } },
    );
    expect(invalid).toEqual({
      ok: false,
      code: "invalid",
      errors: { meetingDate: "date", participants: "required", summary: "required" },
    });
    expect((await db.request.findUniqueOrThrow({ where: { id: request.id } })).version).toBe(request.version);
  });

  it("books a presentation with an .ics invitation and ends a case with a reason", async () => {
    const db = await getDb();
    const lots = await createStaffUser(db, { email: uniqueEmail("lots"), name: "Lots", roles: ["LOTS"] });
    const { request } = await createSentRequest(db, requestSeed({ step: "EXPERTS_CONSULTED" }));
    const user = { id: lots.id, roles: ["LOTS" as const] };
    const booked = await performAction(user, {
      requestId: request.id,
      expectedVersion: request.version,
      action: "bookPresentation",
      payload: { date: "2026-12-01", time: "13:30", durationMinutes: 60, place: "Stadshuset, rum 3" },
    });
    expect(booked).toEqual({ ok: true });
    const invite = await db.outboxEmail.findFirstOrThrow({
      where: { requestId: request.id, subject: { contains: "presentera" } },
    });
    const ics = Buffer.from(
      (invite.attachments as { contentBase64: string }[])[0]!.contentBase64,
      "base64",
    ).toString();
    expect(ics).toContain("DTSTART:20261201T123000Z"); // 13:30 in Stockholm in winter
    expect(ics).toContain("LOCATION:Stadshuset\\, rum 3");

    const closed = await performAction(user, {
      requestId: request.id,
      expectedVersion: request.version + 1,
      action: "close",
      payload: { reason: "Hänvisad till kulturförvaltningen" },
    });
    expect(closed).toEqual({ ok: true });
    expect(await db.request.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      status: "ENDED",
      outcome: "CLOSED",
      outcomeReason: "Hänvisad till kulturförvaltningen",
    });
  });
});
