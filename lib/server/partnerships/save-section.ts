import "server-only";
import type { StaffActor } from "@/lib/domain/permissions";
import { parseAgreementSections } from "@/lib/domain/agreement-sections";
import {
  parseContent,
  parseFollowUpPlanForm,
  parseGoals,
  parsePeriod,
  parsePublishing,
  parseStatus,
  parseSteeringGroup,
  parseTerms,
  type Parsed,
  type PartnershipStatusName,
} from "@/lib/domain/partnership";
import {
  checkTransition,
  publishingTransition,
  statusTransition,
  TRANSITIONS,
  type PartnershipTransition,
  type TransitionCheck,
} from "@/lib/domain/partnership-lifecycle";
import { SECTIONS, type SectionCommand, type SectionName } from "@/lib/domain/partnership-sections";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit, staffActor } from "../audit/record";
import { changedFields } from "@/lib/domain/audit";
import { getDb } from "../db/client";
import { logger } from "../log";
import { syncFollowUpSchedule } from "./follow-up-schedule";
import { claimVersion, Conflict, type ChangeResult } from "./guard";
import { lifecycleFacts } from "./lifecycle-facts";

// One verb for every section of the partnership page: validate the section as typed, then write it
// only if the page was current (version), in one transaction with the follow-up schedule when the
// status, the period or the plan changed. A change of status or publication is a move of the
// lifecycle table (lib/domain/partnership-lifecycle.ts), which alone decides whether it may be made.

export { SECTIONS, type SectionName };

/** Sections whose change moves the follow-up schedule (lib/server/partnerships/follow-up-schedule). */
const SCHEDULED: readonly SectionName[] = ["period", "followUp", "status"];

const day = (v: string) => (v ? new Date(`${v}T00:00:00Z`) : null);

type Current = { status: PartnershipStatusName; publishedAt: Date | null; partyIds: string[] };
type Data = Prisma.PartnershipUpdateManyMutationInput;
/** What a section writes, and the lifecycle move it makes, if any. */
type Change = { data: Data; transition?: PartnershipTransition | null };

function dataFor(command: SectionCommand, current: Current): Parsed<Change> {
  const map = <T>(p: Parsed<T>, f: (d: T) => Data) =>
    p.ok ? { ok: true as const, data: { data: f(p.data) } } : p;
  switch (command.section) {
    case "content":
      return map(parseContent(command.input), (d) => d);
    case "goals":
      return map(parseGoals(command.input), (goals) => ({ goals }));
    case "period":
      return map(parsePeriod(command.input), (d) => ({
        startDate: day(d.startDate),
        endDate: day(d.endDate),
        extensionDecisionDate: day(d.extensionDecisionDate),
        // exact dates replace years entered for older agreements
        ...(d.startDate ? { startYear: null } : {}),
        ...(d.endDate ? { endYear: null } : {}),
      }));
    case "steering":
      return map(parseSteeringGroup(command.input, current.partyIds), (steeringGroup) => ({ steeringGroup }));
    case "followUp":
      return map(parseFollowUpPlanForm(command.input), (followUpPlan) => ({ followUpPlan }));
    case "terms":
      return map(parseTerms(command.input), (d) => ({
        renegotiationTerms: d.renegotiationTerms || null,
        repaymentTerms: d.repaymentTerms || null,
      }));
    case "agreement":
      return map(parseAgreementSections(command.input), (d) => d);
    case "status": {
      const p = parseStatus(command.input);
      if (!p.ok) return p;
      const transition = statusTransition(current.status, p.data.status);
      return {
        ok: true,
        data: { data: { status: p.data.status, ...publication(transition, current) }, transition },
      };
    }
    case "publishing": {
      const p = parsePublishing(command.input);
      if (!p.ok) return p;
      const transition = publishingTransition(p.data.publish);
      return {
        ok: true,
        data: { data: { published: p.data.flags, ...publication(transition, current) }, transition },
      };
    }
  }
}

/** What a move does to the publication date: kept when it was already public. */
function publication(transition: PartnershipTransition | null, current: Current): Data {
  const effect = transition ? TRANSITIONS[transition].publication : "keep";
  if (effect === "set") return { publishedAt: current.publishedAt ?? new Date() };
  return effect === "clear" ? { publishedAt: null } : {};
}

/** The refusal as the page shows it: publishing a draft is a mistake in the form, not a refused move. */
function refusal(
  transition: PartnershipTransition,
  check: Extract<TransitionCheck, { ok: false }>,
): ChangeResult {
  if (transition === "publish" && check.code === "wrongStatus")
    return { ok: false, code: "invalid", errors: { publish: "publishNeedsActive" } };
  return { ok: false, code: "refused", reason: check.detail ?? check.code };
}

/** A move the lifecycle table refuses. */
class Refused extends Error {
  constructor(readonly result: ChangeResult) {
    super("refused");
  }
}

export async function saveSection(actor: StaffActor, input: SectionCommand): Promise<ChangeResult> {
  const db = await getDb();
  const current = await db.partnership.findUnique({
    where: { id: input.partnershipId },
    select: { status: true, publishedAt: true, version: true, parties: { select: { id: true } } },
  });
  if (!current) return { ok: false, code: "notFound" };
  if (current.version !== input.expectedVersion) return { ok: false, code: "conflict" };
  const parsed = dataFor(input, {
    ...current,
    partyIds: current.parties.map((p) => p.id),
  });
  if (!parsed.ok) return { ok: false, code: "invalid", errors: parsed.errors };
  const { data, transition } = parsed.data;
  try {
    await db.$transaction(async (tx) => {
      const fields = Object.fromEntries(Object.keys(data).map((k) => [k, true]));
      const before = await tx.partnership.findUnique({ where: { id: input.partnershipId }, select: fields });
      if (transition) {
        const facts = await lifecycleFacts(tx, input.partnershipId);
        if (!facts) throw new Conflict();
        const check = checkTransition(
          transition,
          { kind: "staff", roles: actor.roles },
          current.status,
          facts,
        );
        if (!check.ok) throw new Refused(refusal(transition, check));
      }
      await claimVersion(tx, input.partnershipId, input.expectedVersion, data);
      await recordAudit(tx, {
        actor: staffActor(actor.id),
        entity: "partnership",
        entityId: input.partnershipId,
        action: transition ? TRANSITIONS[transition].audit : `section_${input.section}`,
        changes: changedFields(before, data as Record<string, unknown>),
      });
      if (SCHEDULED.includes(input.section)) await syncFollowUpSchedule(tx, input.partnershipId);
    });
  } catch (error) {
    if (error instanceof Conflict) return { ok: false, code: "conflict" };
    if (error instanceof Refused) return error.result;
    throw error;
  }
  logger.info(
    {
      event: "partnership-saved",
      partnershipId: input.partnershipId,
      section: input.section,
      by: actor.id,
    },
    "partnership section saved",
  );
  return { ok: true, id: input.partnershipId };
}
