import { describe, expect, it } from "vitest";
import { STEPS, type StepName } from "@/lib/domain/steps";
import {
  ACTIONS,
  availableActions,
  checkAction,
  WORKFLOW_ACTIONS,
  type Actor,
  type CheckResult,
  type NextState,
  type Outcome,
  type RefusalReason,
  type RequestKind,
  type WorkflowAction,
  type WorkflowContext,
  type WorkflowRequest,
  type WorkflowSettings,
} from "@/lib/domain/workflow";

// The expectation, written out independently of ACTIONS: who, for which kind, from which steps, to what.
type Expectation = {
  who: "LOTS" | "DIRECTOR" | "COMMITTEE" | "APPLICANT";
  kinds: readonly RequestKind[];
  steps: readonly StepName[];
  next: "same" | StepName | { outcome: Outcome; collaborationForm?: "IOP" };
};
const C = ["COLLABORATION"] as const;
const Q = ["QUESTION"] as const;
const CQ = ["COLLABORATION", "QUESTION"] as const;
const BEFORE_PROPOSAL = ["RECEIVED", "REVIEWED", "EXPERTS_CONSULTED", "PRESENTED"] as const;

const EXPECTED: Record<WorkflowAction, Expectation> = {
  review: { who: "LOTS", kinds: C, steps: ["RECEIVED"], next: "REVIEWED" },
  requestOpinions: { who: "LOTS", kinds: C, steps: ["REVIEWED"], next: "same" },
  completeConsultation: { who: "LOTS", kinds: C, steps: ["REVIEWED"], next: "EXPERTS_CONSULTED" },
  skipExperts: { who: "LOTS", kinds: C, steps: ["REVIEWED"], next: "same" },
  bookPresentation: { who: "LOTS", kinds: C, steps: ["REVIEWED", "EXPERTS_CONSULTED"], next: "same" },
  recordPresentation: { who: "LOTS", kinds: C, steps: ["REVIEWED", "EXPERTS_CONSULTED"], next: "PRESENTED" },
  submitProposal: { who: "LOTS", kinds: C, steps: ["PRESENTED"], next: "PROPOSAL" },
  approve: {
    who: "DIRECTOR",
    kinds: C,
    steps: ["PROPOSAL"],
    next: { outcome: "GRANTED", collaborationForm: "IOP" },
  },
  decline: { who: "DIRECTOR", kinds: C, steps: ["PROPOSAL"], next: { outcome: "DECLINED" } },
  sendBack: { who: "DIRECTOR", kinds: C, steps: ["PROPOSAL"], next: "PRESENTED" },
  referToCommittee: { who: "DIRECTOR", kinds: C, steps: ["PROPOSAL"], next: "COMMITTEE" },
  committeeGrant: { who: "COMMITTEE", kinds: C, steps: ["COMMITTEE"], next: { outcome: "GRANTED" } },
  committeeDecline: { who: "COMMITTEE", kinds: C, steps: ["COMMITTEE"], next: { outcome: "DECLINED" } },
  answerQuestion: { who: "LOTS", kinds: Q, steps: ["RECEIVED"], next: { outcome: "CLOSED" } },
  requestInformation: { who: "LOTS", kinds: C, steps: BEFORE_PROPOSAL, next: "same" },
  close: { who: "LOTS", kinds: CQ, steps: STEPS, next: { outcome: "CLOSED" } },
  withdraw: { who: "APPLICANT", kinds: CQ, steps: STEPS, next: { outcome: "WITHDRAWN" } },
};

const ON: WorkflowSettings = { optionalSteps: { EXPERTS_CONSULTED: true, COMMITTEE: true } };
const FRESH: WorkflowContext = {
  expertsSkipped: false,
  opinionsRequested: 0,
  opinionsPending: 0,
  presentationBooked: false,
  proposalSubmitted: false,
  proposalRecommends: null,
};
// A context in which each action's preconditions hold at every step it is allowed from.
const MET: Record<WorkflowAction, WorkflowContext> = {
  ...(Object.fromEntries(WORKFLOW_ACTIONS.map((a) => [a, FRESH])) as Record<WorkflowAction, WorkflowContext>),
  completeConsultation: { ...FRESH, opinionsRequested: 2 },
  bookPresentation: { ...FRESH, expertsSkipped: true },
  recordPresentation: { ...FRESH, expertsSkipped: true, presentationBooked: true },
  approve: { ...FRESH, proposalSubmitted: true, proposalRecommends: "IOP" },
};

const applicant: Actor = { kind: "applicant" };
const staff = (...roles: ("LOTS" | "EXPERT" | "DIRECTOR" | "COMMITTEE" | "ADMIN")[]): Actor => ({
  kind: "staff",
  roles,
});
const ACTORS: Record<string, Actor> = {
  applicant,
  "no roles": staff(),
  LOTS: staff("LOTS"),
  EXPERT: staff("EXPERT"),
  DIRECTOR: staff("DIRECTOR"),
  COMMITTEE: staff("COMMITTEE"),
  ADMIN: staff("ADMIN"),
  "ADMIN+EXPERT": staff("ADMIN", "EXPERT"),
  "LOTS+DIRECTOR": staff("LOTS", "DIRECTOR"),
};

function expected(action: WorkflowAction, actor: Actor, req: WorkflowRequest): CheckResult {
  const e = EXPECTED[action];
  const refused = (reason: RefusalReason): CheckResult => ({ ok: false, code: reason });
  if (req.status === "ENDED") return refused("ended");
  if (!e.kinds.includes(req.kind)) return refused("wrongKind");
  const may = actor.kind === "applicant" ? e.who === "APPLICANT" : actor.roles.some((r) => r === e.who);
  if (!may) return refused("notAllowedForRole");
  if (!e.steps.includes(req.step)) return refused("wrongStep");
  const next: NextState =
    e.next === "same"
      ? { status: "OPEN", step: req.step }
      : typeof e.next === "string"
        ? { status: "OPEN", step: e.next }
        : { status: "ENDED", step: req.step, ...e.next };
  return { ok: true, next };
}

const cases = WORKFLOW_ACTIONS.flatMap((action) =>
  STEPS.flatMap((step) =>
    (["OPEN", "ENDED"] as const).flatMap((status) =>
      CQ.flatMap((kind) =>
        Object.entries(ACTORS).map(([who, actor]) => ({ action, step, status, kind, who, actor })),
      ),
    ),
  ),
);

describe("every move, allowed and refused", () => {
  it("covers actions × steps × statuses × kinds × actors", () => {
    expect(cases).toHaveLength(17 * 6 * 2 * 2 * 9);
  });

  it.each(cases)("$action by $who on $status $kind at $step", ({ action, step, status, kind, actor }) => {
    const req: WorkflowRequest = { status, step, kind };
    expect(checkAction(action, actor, req, MET[action], ON)).toEqual(expected(action, actor, req));
  });
});

describe("the table", () => {
  it("lists every action once", () => {
    expect(Object.keys(ACTIONS).sort()).toEqual([...WORKFLOW_ACTIONS].sort());
  });

  it("names the audit event that matches each move", () => {
    for (const a of WORKFLOW_ACTIONS) {
      const { to, event } = ACTIONS[a];
      if (typeof to === "object") expect(event, a).toBe("ENDED");
      else if (to !== "same") expect(event, a).toBe("STEP_CHANGED");
      else expect(["STEP_SKIPPED", "MESSAGE_SENT", null], a).toContain(event);
    }
    expect(ACTIONS.skipExperts.event).toBe("STEP_SKIPPED");
  });
});

const open = (step: StepName, kind: RequestKind = "COLLABORATION"): WorkflowRequest => ({
  status: "OPEN",
  step,
  kind,
});
const lots = staff("LOTS");
const director = staff("DIRECTOR");
const OFF: WorkflowSettings = { optionalSteps: { EXPERTS_CONSULTED: false, COMMITTEE: false } };
const check = (
  action: WorkflowAction,
  ctx: Partial<WorkflowContext>,
  step: StepName,
  settings = ON,
  actor = lots,
) => checkAction(action, actor, open(step), { ...FRESH, ...ctx }, settings);
const refusedFor = (detail: string) => ({ ok: false, code: "precondition", detail });

describe("preconditions", () => {
  it("requestOpinions needs the experts step in use and not skipped", () => {
    expect(check("requestOpinions", {}, "REVIEWED", OFF)).toEqual(refusedFor("expertsStepNotUsed"));
    expect(check("requestOpinions", { expertsSkipped: true }, "REVIEWED")).toEqual(
      refusedFor("expertsSkipped"),
    );
    expect(check("requestOpinions", { opinionsRequested: 3, opinionsPending: 2 }, "REVIEWED").ok).toBe(true);
  });

  it("completeConsultation needs at least one opinion requested and none pending", () => {
    expect(check("completeConsultation", {}, "REVIEWED")).toEqual(refusedFor("noOpinionsRequested"));
    expect(check("completeConsultation", { opinionsRequested: 2, opinionsPending: 1 }, "REVIEWED")).toEqual(
      refusedFor("opinionsPending"),
    );
    expect(check("completeConsultation", { opinionsRequested: 1 }, "REVIEWED")).toEqual({
      ok: true,
      next: { status: "OPEN", step: "EXPERTS_CONSULTED" },
    });
  });

  it("skipExperts needs the step in use, no earlier skip and no opinions requested", () => {
    expect(check("skipExperts", {}, "REVIEWED", OFF)).toEqual(refusedFor("expertsStepNotUsed"));
    expect(check("skipExperts", { expertsSkipped: true }, "REVIEWED")).toEqual(refusedFor("expertsSkipped"));
    expect(check("skipExperts", { opinionsRequested: 1 }, "REVIEWED")).toEqual(
      refusedFor("opinionsRequested"),
    );
    expect(check("skipExperts", {}, "REVIEWED")).toEqual({
      ok: true,
      next: { status: "OPEN", step: "REVIEWED" },
    });
  });

  it("bookPresentation at REVIEWED only once the experts step is skipped or turned off; rebooking is fine", () => {
    expect(check("bookPresentation", {}, "REVIEWED")).toEqual(refusedFor("expertsStepOpen"));
    expect(check("bookPresentation", { opinionsRequested: 1 }, "REVIEWED")).toEqual(
      refusedFor("expertsStepOpen"),
    );
    expect(check("bookPresentation", {}, "REVIEWED", OFF).ok).toBe(true);
    expect(check("bookPresentation", { expertsSkipped: true, presentationBooked: true }, "REVIEWED").ok).toBe(
      true,
    );
    expect(check("bookPresentation", { presentationBooked: true }, "EXPERTS_CONSULTED").ok).toBe(true);
  });

  it("recordPresentation needs the experts step settled and a booked presentation", () => {
    expect(check("recordPresentation", { presentationBooked: true }, "REVIEWED")).toEqual(
      refusedFor("expertsStepOpen"),
    );
    expect(check("recordPresentation", {}, "EXPERTS_CONSULTED")).toEqual(refusedFor("presentationNotBooked"));
    expect(check("recordPresentation", { expertsSkipped: true }, "REVIEWED")).toEqual(
      refusedFor("presentationNotBooked"),
    );
    const next = { ok: true, next: { status: "OPEN", step: "PRESENTED" } };
    expect(check("recordPresentation", { presentationBooked: true }, "EXPERTS_CONSULTED")).toEqual(next);
    expect(check("recordPresentation", { presentationBooked: true }, "REVIEWED", OFF)).toEqual(next);
  });

  it("approve needs a submitted proposal with a recommendation, and follows it", () => {
    const approve = (ctx: Partial<WorkflowContext>) => check("approve", ctx, "PROPOSAL", ON, director);
    expect(approve({ proposalRecommends: "IOP" })).toEqual(refusedFor("noProposal"));
    expect(approve({ proposalSubmitted: true })).toEqual(refusedFor("noRecommendation"));
    for (const form of ["IOP", "GRANT", "PROCUREMENT", "RESERVED_PROCUREMENT", "OTHER"] as const) {
      expect(approve({ proposalSubmitted: true, proposalRecommends: form })).toEqual({
        ok: true,
        next: { status: "ENDED", step: "PROPOSAL", outcome: "GRANTED", collaborationForm: form },
      });
    }
    expect(approve({ proposalSubmitted: true, proposalRecommends: "DECLINE" })).toEqual({
      ok: true,
      next: { status: "ENDED", step: "PROPOSAL", outcome: "DECLINED" },
    });
  });

  it("decline and sendBack need nothing beyond the step", () => {
    expect(check("decline", {}, "PROPOSAL", OFF, director).ok).toBe(true);
    expect(check("sendBack", {}, "PROPOSAL", OFF, director).ok).toBe(true);
  });

  it("referToCommittee needs the committee step in use", () => {
    expect(check("referToCommittee", {}, "PROPOSAL", OFF, director)).toEqual(
      refusedFor("committeeStepNotUsed"),
    );
    expect(check("referToCommittee", {}, "PROPOSAL", ON, director).ok).toBe(true);
  });

  it("committeeGrant carries the recommended form, or none when lotsen recommended declining", () => {
    const committee = staff("COMMITTEE");
    expect(check("committeeGrant", { proposalRecommends: "GRANT" }, "COMMITTEE", ON, committee)).toEqual({
      ok: true,
      next: { status: "ENDED", step: "COMMITTEE", outcome: "GRANTED", collaborationForm: "GRANT" },
    });
    expect(check("committeeGrant", { proposalRecommends: "DECLINE" }, "COMMITTEE", ON, committee)).toEqual({
      ok: true,
      next: { status: "ENDED", step: "COMMITTEE", outcome: "GRANTED" },
    });
  });
});

describe("order of refusals", () => {
  it("reports ended before anything else, and treats a DRAFT as not actionable", () => {
    const ended: WorkflowRequest = { status: "ENDED", step: "RECEIVED", kind: "QUESTION" };
    expect(checkAction("review", staff("EXPERT"), ended, FRESH, OFF)).toEqual({ ok: false, code: "ended" });
    const draft = { status: "DRAFT", step: "RECEIVED", kind: "COLLABORATION" } as unknown as WorkflowRequest;
    expect(checkAction("withdraw", applicant, draft, FRESH, ON)).toEqual({ ok: false, code: "ended" });
  });

  it("reports kind before role, role before step, step before precondition", () => {
    expect(checkAction("review", applicant, open("PROPOSAL", "QUESTION"), FRESH, OFF)).toMatchObject({
      code: "wrongKind",
    });
    expect(checkAction("approve", lots, open("RECEIVED"), FRESH, ON)).toMatchObject({
      code: "notAllowedForRole",
    });
    expect(checkAction("approve", director, open("RECEIVED"), FRESH, ON)).toMatchObject({
      code: "wrongStep",
    });
  });
});

describe("availableActions", () => {
  it("matches checkAction for every step, kind and actor", () => {
    for (const step of STEPS)
      for (const kind of CQ)
        for (const actor of Object.values(ACTORS)) {
          const req = open(step, kind);
          const ctx = { ...FRESH, expertsSkipped: true, presentationBooked: true, proposalSubmitted: true };
          expect(availableActions(actor, req, ctx, ON)).toEqual(
            WORKFLOW_ACTIONS.filter((a) => checkAction(a, actor, req, ctx, ON).ok),
          );
        }
  });

  it("gives ADMIN and EXPERT nothing, and nothing on an ended request", () => {
    for (const step of STEPS) {
      expect(availableActions(staff("ADMIN", "EXPERT"), open(step), FRESH, ON)).toEqual([]);
      const ended: WorkflowRequest = { status: "ENDED", step, kind: "COLLABORATION" };
      expect(availableActions(staff("LOTS", "DIRECTOR", "COMMITTEE"), ended, FRESH, ON)).toEqual([]);
      expect(availableActions(applicant, ended, FRESH, ON)).toEqual([]);
    }
  });

  it("walks a collaboration request from received to granted by the committee", () => {
    let req = open("RECEIVED");
    let ctx: WorkflowContext = { ...FRESH };
    let last: NextState | undefined;
    const take = (action: WorkflowAction, actor: Actor) => {
      expect(availableActions(actor, req, ctx, ON)).toContain(action);
      const result = checkAction(action, actor, req, ctx, ON);
      if (!result.ok) throw new Error(`${action} refused: ${result.code}`);
      last = result.next;
      req = { ...req, status: result.next.status, step: result.next.step };
    };

    expect(availableActions(lots, req, ctx, ON)).toEqual(["review", "requestInformation", "close"]);
    take("review", lots);
    expect(availableActions(lots, req, ctx, ON)).toEqual([
      "requestOpinions",
      "skipExperts",
      "requestInformation",
      "close",
    ]);
    take("requestOpinions", lots);
    ctx = { ...ctx, opinionsRequested: 2, opinionsPending: 0 };
    take("completeConsultation", lots);
    take("bookPresentation", lots);
    ctx = { ...ctx, presentationBooked: true };
    take("recordPresentation", lots);
    take("submitProposal", lots);
    ctx = { ...ctx, proposalSubmitted: true, proposalRecommends: "IOP" };
    expect(availableActions(director, req, ctx, ON)).toEqual([
      "approve",
      "decline",
      "sendBack",
      "referToCommittee",
    ]);
    take("referToCommittee", director);
    take("committeeGrant", staff("COMMITTEE"));
    expect(last).toEqual({
      status: "ENDED",
      step: "COMMITTEE",
      outcome: "GRANTED",
      collaborationForm: "IOP",
    });
    expect(availableActions(applicant, req, ctx, ON)).toEqual([]);
  });

  it("lets a question only be answered, closed or withdrawn", () => {
    const q = open("RECEIVED", "QUESTION");
    expect(availableActions(staff("LOTS", "DIRECTOR", "COMMITTEE"), q, FRESH, ON)).toEqual([
      "answerQuestion",
      "close",
    ]);
    expect(availableActions(applicant, q, FRESH, ON)).toEqual(["withdraw"]);
  });
});
