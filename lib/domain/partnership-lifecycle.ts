import { activationRefusal, type FrozenParty, type SignatureFacts } from "./agreement-signing";
import type { PartnershipStatusName } from "./partnership";
import { can, type Permission } from "./permissions";
import type { Result } from "./result";
import type { Role } from "./workflow";

// The partnership lifecycle as one table, in the style of lib/domain/workflow.ts: which moves exist,
// from which status, who may make them, their preconditions, what they do to the publication and
// which audit action they write. Pure: lib/server reads the facts and passes them in. The status is
// DRAFT → ACTIVE → ENDED; lotsen may also correct a status by hand (an ended partnership extended,
// a draft entered for an agreement that has already ended), so every pair of statuses has a move.
// Publishing is a second, independent switch: only a partnership that is not a draft may be public.

export type LifecycleActor = { kind: "staff"; roles: readonly Role[] } | { kind: "system" };

/** The facts the preconditions need, read by lib/server/partnerships/lifecycle-facts.ts. */
export type LifecycleFacts = {
  /** Made from a granted request (the activation rule of lib/domain/agreement-signing.ts applies). */
  fromRequest: boolean;
  /** The latest frozen agreement version with its signatures, or null before any freeze. */
  latest: { parties: readonly FrozenParty[]; signatures: readonly SignatureFacts[] } | null;
  /** The term is over (see termOver below). */
  termOver: boolean;
};

/** "set": published from now (or since it was); "clear": taken off the public register. */
export type Publication = "set" | "clear" | "keep";
/** The audit_event action each move writes (lib/server/audit/record.ts). */
export type LifecycleAudit = "section_status" | "section_publishing" | "ended_at_term";

type RefuseIf = (f: LifecycleFacts) => readonly [boolean, string][];

export type TransitionRule = {
  /** The permission a staff member needs, or SYSTEM for the scheduled job (lib/server/jobs/maintenance.ts). */
  who: Permission | "SYSTEM";
  from: readonly PartnershipStatusName[];
  /** "same": the status stays, only the publication changes. */
  to: PartnershipStatusName | "same";
  publication: Publication;
  audit: LifecycleAudit;
  /** Preconditions as [fails, message key] pairs, checked in order; the first failing one is reported. */
  refuseIf?: RefuseIf;
};

export const PARTNERSHIP_TRANSITIONS = [
  "activate",
  "end",
  "returnToDraft",
  "endAtTerm",
  "publish",
  "unpublish",
] as const;
export type PartnershipTransition = (typeof PARTNERSHIP_TRANSITIONS)[number];

const MANAGE = "managePartnerships" satisfies Permission;

export const TRANSITIONS = {
  // Made in Lotsen: only once every party has signed its latest frozen version. Also from ENDED, when
  // the term was extended after it had ended.
  activate: {
    who: MANAGE,
    from: ["DRAFT", "ENDED"],
    to: "ACTIVE",
    publication: "keep",
    audit: "section_status",
    refuseIf: (f) => {
      const refusal = activationRefusal(f);
      return [[refusal !== null, refusal ?? ""]];
    },
  },
  // From DRAFT too: an agreement entered after it had already ended.
  end: { who: MANAGE, from: ["DRAFT", "ACTIVE"], to: "ENDED", publication: "keep", audit: "section_status" },
  // A draft is never public (the register shows only ACTIVE and ENDED).
  returnToDraft: {
    who: MANAGE,
    from: ["ACTIVE", "ENDED"],
    to: "DRAFT",
    publication: "clear",
    audit: "section_status",
  },
  endAtTerm: {
    who: "SYSTEM",
    from: ["ACTIVE"],
    to: "ENDED",
    publication: "keep",
    audit: "ended_at_term",
    refuseIf: (f) => [[!f.termOver, "termNotOver"]],
  },
  publish: {
    who: MANAGE,
    from: ["ACTIVE", "ENDED"],
    to: "same",
    publication: "set",
    audit: "section_publishing",
  },
  unpublish: {
    who: MANAGE,
    from: ["DRAFT", "ACTIVE", "ENDED"],
    to: "same",
    publication: "clear",
    audit: "section_publishing",
  },
} as const satisfies Record<PartnershipTransition, TransitionRule>;

export type TransitionRefusal = "notAllowed" | "wrongStatus" | "precondition";
/** A "precondition" refusal names the unmet one in `detail`. */
export type TransitionCheck = Result<
  { next: { status: PartnershipStatusName; publication: Publication } },
  TransitionRefusal,
  { detail?: string }
>;

function mayAct(who: Permission | "SYSTEM", actor: LifecycleActor): boolean {
  if (actor.kind === "system") return who === "SYSTEM";
  return who !== "SYSTEM" && can(actor.roles, who);
}

/** Checks in a fixed order, so the first failing reason is the one reported. */
export function checkTransition(
  transition: PartnershipTransition,
  actor: LifecycleActor,
  status: PartnershipStatusName,
  facts: LifecycleFacts,
): TransitionCheck {
  const rule: TransitionRule = TRANSITIONS[transition];
  if (!mayAct(rule.who, actor)) return { ok: false, code: "notAllowed" };
  if (!rule.from.includes(status)) return { ok: false, code: "wrongStatus" };
  const detail = rule.refuseIf?.(facts).find(([fails]) => fails)?.[1];
  if (detail) return { ok: false, code: "precondition", detail };
  return { ok: true, next: { status: rule.to === "same" ? status : rule.to, publication: rule.publication } };
}

/**
 * The staff move the status form asks for (it names only the status it wants): each status has one
 * staff move leading to it, and checkTransition judges whether it may start from the current one.
 * Null when the status stays: saving it again is no move.
 */
export function statusTransition(
  from: PartnershipStatusName,
  to: PartnershipStatusName,
): PartnershipTransition | null {
  if (from === to) return null;
  return PARTNERSHIP_TRANSITIONS.find((t) => TRANSITIONS[t].who !== "SYSTEM" && TRANSITIONS[t].to === to)!;
}

/** The publishing form's choice as a move: publish, withdraw, or (null) only save the published parts. */
export function publishingTransition(publish: boolean | null): PartnershipTransition | null {
  return publish === null ? null : publish ? "publish" : "unpublish";
}

/**
 * Whether a partnership's term is over on `today` (a Swedish date, YYYY-MM-DD): its end date is the
 * last day of the term, so it is over the day after; an older agreement with only an end year is over
 * once that year is.
 */
export function termOver(term: { endDate: Date | null; endYear: number | null }, today: string): boolean {
  if (term.endDate) return term.endDate.toISOString().slice(0, 10) < today;
  return term.endYear !== null && term.endYear < Number(today.slice(0, 4));
}
