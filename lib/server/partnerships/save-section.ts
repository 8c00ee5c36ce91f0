import "server-only";
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
} from "@/lib/domain/partnership";
import { SECTIONS, type SectionCommand, type SectionName } from "@/lib/domain/partnership-sections";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit, staffActor } from "../audit/record";
import { changedFields } from "@/lib/domain/audit";
import { getDb } from "../db/client";
import { logger } from "../log";
import { activationRefusalFor } from "../signing/gate";
import { syncFollowUpSchedule } from "./follow-up-schedule";
import { claimVersion, Conflict, type ChangeResult } from "./guard";

// One verb for every section of the partnership page: validate the section as typed, then write it
// only if the page was current (version), in one transaction with the follow-up schedule when the
// status, the period or the plan changed.

export { SECTIONS, type SectionName };

/** Sections whose change moves the follow-up schedule (lib/server/partnerships/follow-up-schedule). */
const SCHEDULED: readonly SectionName[] = ["period", "followUp", "status"];

const day = (v: string) => (v ? new Date(`${v}T00:00:00Z`) : null);

type Current = { status: string; publishedAt: Date | null; partyIds: string[] };

function dataFor(
  command: SectionCommand,
  current: Current,
): Parsed<Prisma.PartnershipUpdateManyMutationInput> {
  const map = <T>(p: Parsed<T>, f: (d: T) => Prisma.PartnershipUpdateManyMutationInput) =>
    p.ok ? { ok: true as const, data: f(p.data) } : p;
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
    case "status":
      return map(parseStatus(command.input), (d) => ({
        status: d.status,
        // a draft is never public (the register shows only ACTIVE and ENDED)
        ...(d.status === "DRAFT" ? { publishedAt: null } : {}),
      }));
    case "publishing": {
      const p = parsePublishing(command.input);
      if (!p.ok) return p;
      const { flags, publish } = p.data;
      if (publish && current.status === "DRAFT")
        return { ok: false, errors: { publish: "publishNeedsActive" } };
      return {
        ok: true,
        data: {
          published: flags,
          ...(publish === true ? { publishedAt: current.publishedAt ?? new Date() } : {}),
          ...(publish === false ? { publishedAt: null } : {}),
        },
      };
    }
  }
}

/** A status change the activation rule refuses (lib/domain/agreement-signing.ts). */
class Refused extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

export async function saveSection(actor: { id: string }, input: SectionCommand): Promise<ChangeResult> {
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
  try {
    await db.$transaction(async (tx) => {
      const fields = Object.fromEntries(Object.keys(parsed.data).map((k) => [k, true]));
      const before = await tx.partnership.findUnique({ where: { id: input.partnershipId }, select: fields });
      if (input.section === "status" && parsed.data.status === "ACTIVE" && current.status !== "ACTIVE") {
        const refusal = await activationRefusalFor(tx, input.partnershipId);
        if (refusal) throw new Refused(refusal);
      }
      await claimVersion(tx, input.partnershipId, input.expectedVersion, parsed.data);
      await recordAudit(tx, {
        actor: staffActor(actor.id),
        entity: "partnership",
        entityId: input.partnershipId,
        action: `section_${input.section}`,
        changes: changedFields(before, parsed.data as Record<string, unknown>),
      });
      if (SCHEDULED.includes(input.section)) await syncFollowUpSchedule(tx, input.partnershipId);
    });
  } catch (error) {
    if (error instanceof Conflict) return { ok: false, code: "conflict" };
    if (error instanceof Refused) return { ok: false, code: "refused", reason: error.reason };
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
