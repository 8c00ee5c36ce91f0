import { describe, expect, it } from "vitest";
import { IOP_CRITERIA, type PayloadInput } from "@/lib/domain/workflow-payloads";
import { getDb } from "@/lib/server/db/client";
import { createSentRequest, createStaffUser } from "@/lib/server/db/factories";
import { answerOpinion, declareConflict } from "@/lib/server/staff/opinions";
import { performAction } from "@/lib/server/staff/perform-action";
import { getSettings } from "@/lib/server/settings";
import { requestSeed, uniqueEmail } from "../factories";
import { actAsLots } from "../factories/workflow";

// Staff mails are queued by the action that causes them, in its transaction: a refused or losing
// action queues none. They name the case and the organisation, never the applicant's contact.

const proposalForm: PayloadInput<"submitProposal"> = {
  recommended: "IOP",
  motivation: "Passar handlingsplanen.",
  resources: "Lokal och handledning.",
  criteria: Object.fromEntries(
    IOP_CRITERIA.map((c) => [c, { met: "yes" }]),
  ) as PayloadInput<"submitProposal">["criteria"],
};

async function staff(role: "LOTS" | "DIRECTOR" | "COMMITTEE" | "EXPERT", disabled = false) {
  const db = await getDb();
  const user = await createStaffUser(db, {
    email: uniqueEmail(role.toLowerCase()),
    name: role,
    roles: [role],
    ...(role === "EXPERT" ? { expertKind: "LAWYER" as const } : {}),
  });
  if (disabled) await db.staffUser.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
  return user;
}

const mailsOf = async (requestId: string, kind: string) =>
  (await getDb()).outboxEmail.findMany({ where: { requestId, kind } });

describe("staff notifications through the outbox", () => {
  it("mails every enabled director when a proposal is sent, once, and nothing for the losing move", async () => {
    const db = await getDb();
    const [lots, director, away] = [
      await staff("LOTS"),
      await staff("DIRECTOR"),
      await staff("DIRECTOR", true),
    ];
    const seed = requestSeed({ step: "PRESENTED" });
    const { request } = await createSentRequest(db, seed);
    const submit = () => actAsLots(lots.id, request, "submitProposal", proposalForm);
    const results = await Promise.all([submit(), submit()]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);

    const mails = await mailsOf(request.id, "proposalToDirector");
    const toDirector = mails.filter((m) => m.toAddress === director.email);
    expect(toDirector).toHaveLength(1);
    expect(mails.some((m) => m.toAddress === away.email)).toBe(false);
    // One mail per enabled director: the losing move queued none.
    const enabled = await db.staffUser.findMany({ where: { disabledAt: null }, select: { roles: true } });
    const enabledDirectors = enabled.filter((u) => u.roles.includes("DIRECTOR")).length;
    expect(mails.length).toBeLessThanOrEqual(enabledDirectors);
    const [mail] = toDirector;
    expect(mail!.subject).toContain(request.registrationNumber!);
    expect(mail!.textBody).toContain(seed.organisation.name);
    expect(mail!.textBody).toContain(`/staff/cases/${request.id}`);
    expect(mail!.textBody).not.toContain(seed.contact.email);
    expect(mail!.textBody).not.toContain(seed.contact.name);
  });

  it("mails the committee on referral, and nothing when the move is refused", async () => {
    const db = await getDb();
    const [lots, director, secretary] = [
      await staff("LOTS"),
      await staff("DIRECTOR"),
      await staff("COMMITTEE"),
    ];
    const { request } = await createSentRequest(db, requestSeed({ step: "PROPOSAL" }));
    const refer = (user: { id: string; roles: ("LOTS" | "DIRECTOR")[] }, expectedVersion = request.version) =>
      performAction(user, {
        requestId: request.id,
        expectedVersion,
        action: "referToCommittee",
        payload: {},
      });

    expect(await refer({ id: lots.id, roles: ["LOTS"] })).toMatchObject({ ok: false, code: "refused" });
    expect(await refer({ id: director.id, roles: ["DIRECTOR"] }, request.version + 5)).toEqual({
      ok: false,
      code: "conflict",
    });
    expect(await mailsOf(request.id, "referredToCommittee")).toHaveLength(0);

    expect(await refer({ id: director.id, roles: ["DIRECTOR"] })).toEqual({ ok: true });
    const mails = await mailsOf(request.id, "referredToCommittee");
    expect(mails.filter((m) => m.toAddress === secretary.email)).toHaveLength(1);
    expect(mails[0]!.textBody).toContain(`/staff/cases/${request.id}`);
  });

  it("mails the expert asked, and the assigned lots (or the mailbox) when the expert answers", async () => {
    const db = await getDb();
    const [lots, expert] = [await staff("LOTS"), await staff("EXPERT")];
    const { mailbox } = await getSettings();

    for (const assigned of [true, false]) {
      const { request } = await createSentRequest(db, requestSeed({ step: "REVIEWED" }));
      if (assigned) await db.request.update({ where: { id: request.id }, data: { assignedToId: lots.id } });
      const asked = await actAsLots(lots.id, request, "requestOpinions", {
        expertIds: [expert.id],
        question: "Är det här ett IOP?",
      });
      expect(asked).toEqual({ ok: true });
      const opinion = await db.expertOpinion.findFirstOrThrow({ where: { requestId: request.id } });
      const [toExpert] = await mailsOf(request.id, "opinionRequested");
      expect(toExpert).toMatchObject({ toAddress: expert.email });
      expect(toExpert!.textBody).toContain(`/staff/opinions/${opinion.id}`);

      expect(await mailsOf(request.id, "opinionGiven")).toHaveLength(0);
      expect(await declareConflict(expert, { opinionId: opinion.id, hasConflict: false, note: "" })).toBe(
        true,
      );
      expect(await answerOpinion(expert, { opinionId: opinion.id, answer: "Ja, det passar." })).toBe(true);
      // A second answer is refused and queues nothing more.
      expect(await answerOpinion(expert, { opinionId: opinion.id, answer: "Igen" })).toBe(false);
      const given = await mailsOf(request.id, "opinionGiven");
      expect(given).toHaveLength(1);
      expect(given[0]!.toAddress).toBe(assigned ? lots.email : mailbox);
      expect(given[0]!.textBody).toContain(`/staff/cases/${request.id}`);
      expect(given[0]!.textBody).not.toContain("Ja, det passar.");
    }
  });
});
