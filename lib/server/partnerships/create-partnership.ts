import "server-only";
import type { StaffActor } from "@/lib/domain/permissions";
import type { z } from "zod";
import type { FieldChanges } from "@/lib/domain/audit";
import { draftFromRequest, parseNewPartnership, type newPartnershipSchema } from "@/lib/domain/partnership";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit, staffActor } from "../audit/record";
import { getDb } from "../db/client";
import { logger } from "../log";
import { getSettings } from "../settings";
import type { ChangeResult } from "./guard";

// Two ways a partnership begins: entered directly (an agreement that exists already), or from a
// request granted as IOP, its answers carried over so nothing is retyped. Both start as DRAFT.

const day = (v: string) => (v ? new Date(`${v}T00:00:00Z`) : null);

/** Writes a new partnership and its audit row, in the caller's transaction. */
async function insertPartnership(
  tx: Prisma.TransactionClient,
  userId: string,
  data: Prisma.PartnershipUncheckedCreateInput,
  audit: { action: string; changes: FieldChanges },
): Promise<{ id: string }> {
  const row = await tx.partnership.create({ data, select: { id: true } });
  await recordAudit(tx, { actor: staffActor(userId), entity: "partnership", entityId: row.id, ...audit });
  return row;
}

export async function createPartnership(
  actor: StaffActor,
  command: z.input<typeof newPartnershipSchema>,
): Promise<ChangeResult> {
  const userId = actor.id;
  const parsed = parseNewPartnership(command);
  if (!parsed.ok) return { ok: false, code: "invalid", errors: parsed.errors };
  const input = parsed.data;
  const { municipalityName } = await getSettings();
  const db = await getDb();
  const created = await db.$transaction((tx) =>
    insertPartnership(
      tx,
      userId,
      {
        title: input.title,
        municipality: municipalityName,
        startDate: day(input.startDate),
        endDate: day(input.endDate),
        parties: {
          create: [
            {
              side: "CIVIL_SOCIETY",
              name: input.civilName,
              orgNumber: input.civilOrgNumber || null,
              sortOrder: 0,
            },
            {
              side: "PUBLIC",
              name: input.publicName,
              department: input.publicDepartment || null,
              sortOrder: 1,
            },
          ],
        },
      },
      { action: "created", changes: { title: { to: input.title } } },
    ),
  );
  logger.info({ event: "partnership-created", partnershipId: created.id, by: userId }, "partnership created");
  return { ok: true, id: created.id };
}

/** The columns of a request that draftFromRequest (lib/domain/partnership.ts) carries over. */
const CARRIED_OVER = {
  subject: true,
  themes: true,
  answers: true,
  organisation: { select: { name: true, orgNumber: true } },
} satisfies Prisma.RequestSelect;

/** Whether the request was granted as IOP, any partnership made from it already, and what carries over. */
const GRANTED_REQUEST = {
  id: true,
  status: true,
  outcome: true,
  collaborationForm: true,
  partnership: { select: { id: true } },
  ...CARRIED_OVER,
} satisfies Prisma.RequestSelect;

/**
 * The partnership of a request granted as IOP, created once: a second post (double click, two
 * people) finds the one already made. The unique request_id decides a race.
 */
export async function createFromRequest(requestId: string, userId: string): Promise<ChangeResult> {
  const db = await getDb();
  const request = await db.request.findUnique({ where: { id: requestId }, select: GRANTED_REQUEST });
  if (!request) return { ok: false, code: "notFound" };
  if (request.partnership) return { ok: true, id: request.partnership.id };
  if (request.status !== "ENDED" || request.outcome !== "GRANTED" || request.collaborationForm !== "IOP")
    return { ok: false, code: "refused", reason: "notGrantedIop" };
  const { municipalityName } = await getSettings();
  const draft = draftFromRequest(request, municipalityName);
  try {
    const created = await db.$transaction((tx) =>
      insertPartnership(
        tx,
        userId,
        {
          requestId: request.id,
          title: draft.title,
          municipality: municipalityName,
          purpose: draft.purpose,
          targetGroup: draft.targetGroup,
          efforts: draft.efforts,
          overallGoal: draft.overallGoal,
          background: draft.background,
          themes: draft.themes,
          parties: { create: draft.parties.map((p, i) => ({ ...p, sortOrder: i })) },
        },
        {
          action: "created_from_request",
          changes: { title: { to: draft.title }, requestId: { to: request.id } },
        },
      ),
    );
    logger.info(
      { event: "partnership-created", partnershipId: created.id, requestId, by: userId },
      "partnership created from request",
    );
    return { ok: true, id: created.id };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const existing = await db.partnership.findUnique({ where: { requestId }, select: { id: true } });
      if (existing) return { ok: true, id: existing.id };
    }
    throw error;
  }
}
