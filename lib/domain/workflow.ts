import type { CaseEventType } from "./case-events";
import type { Result } from "./result";
import { STEPS, type OptionalStep, type StepName } from "./steps";

// The case workflow as one table: who may do what, from which step, to where, and
// under which preconditions. Pure: the caller reads the facts from the database and passes them in.
// String literals mirror prisma/schema.prisma's enums so that lib/domain stays free of generated code.

export type Step = StepName;
export type Role = "LOTS" | "EXPERT" | "DIRECTOR" | "COMMITTEE" | "ADMIN" | "PRIVACY_OFFICER" | "REGISTRAR";
export type RequestKind = "COLLABORATION" | "QUESTION";
export type Outcome = "GRANTED" | "DECLINED" | "WITHDRAWN" | "CLOSED";
export type CollaborationForm = "IOP" | "GRANT" | "PROCUREMENT" | "RESERVED_PROCUREMENT" | "OTHER";
/** What a decision proposal recommends (DecisionProposal.recommended). */
export type Recommendation = CollaborationForm | "DECLINE";

export type Actor = { kind: "applicant" } | { kind: "staff"; roles: readonly Role[] };
/** DRAFT requests are never acted on, so they are not a state of this workflow. */
export type WorkflowRequest = { status: "OPEN" | "ENDED"; step: Step; kind: RequestKind };
export type WorkflowSettings = { optionalSteps: Record<OptionalStep, boolean> };
export type WorkflowContext = {
  /** A STEP_SKIPPED event for EXPERTS_CONSULTED exists. */
  expertsSkipped: boolean;
  opinionsRequested: number;
  /** Requested, not answered, and not stepped aside for a conflict of interest. */
  opinionsPending: number;
  presentationBooked: boolean;
  /** A submitted proposal exists for the current round (a sendBack starts a new round). */
  proposalSubmitted: boolean;
  proposalRecommends: Recommendation | null;
};

/** Who may take an action: staff roles, or the organisation that sent the request. */
export type Party = Role | "APPLICANT";
/** "AS_PROPOSED": the director's approval ends the case as the proposal recommends. */
export type Target = Step | "same" | { outcome: Outcome | "AS_PROPOSED" };
/** Preconditions as [fails, detail code] pairs, checked in order; the first failing one is reported. */
type RefuseIf = (c: WorkflowContext, s: WorkflowSettings, step: Step) => readonly [boolean, string][];

export type ActionRule = {
  roles: readonly Party[];
  kinds: readonly RequestKind[];
  from: readonly Step[];
  to: Target;
  /** The audit event the move writes itself; null when the caller records its own (opinion, booking). */
  event: CaseEventType | null;
  refuseIf?: RefuseIf;
};

const LOTS: readonly Party[] = ["LOTS"];
const DIRECTOR: readonly Party[] = ["DIRECTOR"];
const COLLAB: readonly RequestKind[] = ["COLLABORATION"];
const BOTH: readonly RequestKind[] = ["COLLABORATION", "QUESTION"];

// Step 3 is "vid behov": at REVIEWED lotsen either consults experts, records a skip, or the municipality
// does not use the step at all. Only in the last two cases may the case move on from REVIEWED.
const expertsOpen = (c: WorkflowContext, s: WorkflowSettings, step: Step) =>
  step === "REVIEWED" && !c.expertsSkipped && s.optionalSteps.EXPERTS_CONSULTED;

export const WORKFLOW_ACTIONS = [
  "review",
  "requestOpinions",
  "completeConsultation",
  "skipExperts",
  "bookPresentation",
  "recordPresentation",
  "submitProposal",
  "approve",
  "decline",
  "sendBack",
  "referToCommittee",
  "committeeGrant",
  "committeeDecline",
  "answerQuestion",
  "requestInformation",
  "close",
  "withdraw",
] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

export const ACTIONS = {
  review: { roles: LOTS, kinds: COLLAB, from: ["RECEIVED"], to: "REVIEWED", event: "STEP_CHANGED" },
  requestOpinions: {
    roles: LOTS,
    kinds: COLLAB,
    from: ["REVIEWED"],
    to: "same",
    event: null,
    refuseIf: (c, s) => [
      [!s.optionalSteps.EXPERTS_CONSULTED, "expertsStepNotUsed"],
      [c.expertsSkipped, "expertsSkipped"],
    ],
  },
  completeConsultation: {
    roles: LOTS,
    kinds: COLLAB,
    from: ["REVIEWED"],
    to: "EXPERTS_CONSULTED",
    event: "STEP_CHANGED",
    refuseIf: (c) => [
      [c.opinionsRequested < 1, "noOpinionsRequested"],
      [c.opinionsPending > 0, "opinionsPending"],
    ],
  },
  skipExperts: {
    roles: LOTS,
    kinds: COLLAB,
    from: ["REVIEWED"],
    to: "same",
    event: "STEP_SKIPPED",
    // With the step turned off there is nothing to skip, so the action is not offered.
    refuseIf: (c, s) => [
      [!s.optionalSteps.EXPERTS_CONSULTED, "expertsStepNotUsed"],
      [c.expertsSkipped, "expertsSkipped"],
      [c.opinionsRequested > 0, "opinionsRequested"],
    ],
  },
  // Repeatable: rebooking is the same action.
  bookPresentation: {
    roles: LOTS,
    kinds: COLLAB,
    from: ["REVIEWED", "EXPERTS_CONSULTED"],
    to: "same",
    event: null,
    refuseIf: (c, s, step) => [[expertsOpen(c, s, step), "expertsStepOpen"]],
  },
  recordPresentation: {
    roles: LOTS,
    kinds: COLLAB,
    from: ["REVIEWED", "EXPERTS_CONSULTED"],
    to: "PRESENTED",
    event: "STEP_CHANGED",
    refuseIf: (c, s, step) => [
      [expertsOpen(c, s, step), "expertsStepOpen"],
      [!c.presentationBooked, "presentationNotBooked"],
    ],
  },
  submitProposal: { roles: LOTS, kinds: COLLAB, from: ["PRESENTED"], to: "PROPOSAL", event: "STEP_CHANGED" },
  approve: {
    roles: DIRECTOR,
    kinds: COLLAB,
    from: ["PROPOSAL"],
    to: { outcome: "AS_PROPOSED" },
    event: "ENDED",
    refuseIf: (c) => [
      [!c.proposalSubmitted, "noProposal"],
      [c.proposalRecommends === null, "noRecommendation"],
    ],
  },
  decline: {
    roles: DIRECTOR,
    kinds: COLLAB,
    from: ["PROPOSAL"],
    to: { outcome: "DECLINED" },
    event: "ENDED",
  },
  sendBack: { roles: DIRECTOR, kinds: COLLAB, from: ["PROPOSAL"], to: "PRESENTED", event: "STEP_CHANGED" },
  referToCommittee: {
    roles: DIRECTOR,
    kinds: COLLAB,
    from: ["PROPOSAL"],
    to: "COMMITTEE",
    event: "STEP_CHANGED",
    refuseIf: (_c, s) => [[!s.optionalSteps.COMMITTEE, "committeeStepNotUsed"]],
  },
  committeeGrant: {
    roles: ["COMMITTEE"],
    kinds: COLLAB,
    from: ["COMMITTEE"],
    to: { outcome: "GRANTED" },
    event: "ENDED",
  },
  committeeDecline: {
    roles: ["COMMITTEE"],
    kinds: COLLAB,
    from: ["COMMITTEE"],
    to: { outcome: "DECLINED" },
    event: "ENDED",
  },
  // The answer itself goes out as a message; the caller records MESSAGE_SENT as well.
  answerQuestion: {
    roles: LOTS,
    kinds: ["QUESTION"],
    from: ["RECEIVED"],
    to: { outcome: "CLOSED" },
    event: "ENDED",
  },
  requestInformation: {
    roles: LOTS,
    kinds: COLLAB,
    from: ["RECEIVED", "REVIEWED", "EXPERTS_CONSULTED", "PRESENTED"],
    to: "same",
    event: "MESSAGE_SENT",
  },
  close: { roles: LOTS, kinds: BOTH, from: STEPS, to: { outcome: "CLOSED" }, event: "ENDED" },
  withdraw: { roles: ["APPLICANT"], kinds: BOTH, from: STEPS, to: { outcome: "WITHDRAWN" }, event: "ENDED" },
} as const satisfies Record<WorkflowAction, ActionRule>;

export type NextState = {
  status: "OPEN" | "ENDED";
  step: Step;
  outcome?: Outcome;
  collaborationForm?: CollaborationForm;
};
export type RefusalReason = "ended" | "wrongKind" | "notAllowedForRole" | "wrongStep" | "precondition";
/** A "precondition" refusal names the unmet one in `detail`. */
export type CheckResult = Result<{ next: NextState }, RefusalReason, { detail?: string }>;

function mayAct(roles: readonly Party[], actor: Actor): boolean {
  if (actor.kind === "applicant") return roles.includes("APPLICANT");
  return actor.roles.some((r) => roles.includes(r));
}

function formOf(r: Recommendation | null): CollaborationForm | undefined {
  return r === null || r === "DECLINE" ? undefined : r;
}

/** Checks in a fixed order, so the first failing reason is the one reported. */
export function checkAction(
  action: WorkflowAction,
  actor: Actor,
  request: WorkflowRequest,
  context: WorkflowContext,
  settings: WorkflowSettings,
): CheckResult {
  const rule: ActionRule = ACTIONS[action];
  // Anything but OPEN (also a DRAFT slipped past the type) is refused.
  if (request.status !== "OPEN") return { ok: false, code: "ended" };
  if (!rule.kinds.includes(request.kind)) return { ok: false, code: "wrongKind" };
  if (!mayAct(rule.roles, actor)) return { ok: false, code: "notAllowedForRole" };
  if (!rule.from.includes(request.step)) return { ok: false, code: "wrongStep" };
  const detail = rule.refuseIf?.(context, settings, request.step).find(([fails]) => fails)?.[1];
  if (detail) return { ok: false, code: "precondition", detail };

  const { to } = rule;
  if (to === "same") return { ok: true, next: { status: "OPEN", step: request.step } };
  if (typeof to === "string") return { ok: true, next: { status: "OPEN", step: to } };
  // An ended case keeps the step it ended at, so the timeline shows how far it came. Granting carries the
  // recommended form; when the committee grants against a DECLINE recommendation the caller supplies it.
  const form = formOf(context.proposalRecommends);
  const outcome = to.outcome !== "AS_PROPOSED" ? to.outcome : form ? "GRANTED" : "DECLINED";
  const granted = outcome === "GRANTED" && form ? { collaborationForm: form } : {};
  return { ok: true, next: { status: "ENDED", step: request.step, outcome, ...granted } };
}

/** The actions this actor may take now, in WORKFLOW_ACTIONS order (the order the UI shows them). */
export function availableActions(
  actor: Actor,
  request: WorkflowRequest,
  context: WorkflowContext,
  settings: WorkflowSettings,
): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((a) => checkAction(a, actor, request, context, settings).ok);
}
