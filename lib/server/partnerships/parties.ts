import "server-only";
import { parseParty, type FormReader } from "@/lib/domain/partnership";
import { recordAudit, staffActor } from "../audit/record";
import { changedFields } from "@/lib/domain/audit";
import { getDb } from "../db/client";
import { claimVersion, Conflict, type ChangeResult } from "./guard";

// Adding, changing and removing a party, each guarded by the partnership's version. A partnership
// keeps at least one party on each side, and a party with budget lines is not removed (its lines
// would lose their owner): its lines go first.

export async function saveParty(input: {
  partnershipId: string;
  expectedVersion: number;
  partyId: string | null;
  form: FormReader;
  userId: string;
}): Promise<ChangeResult> {
  const parsed = parseParty(input.form);
  if (!parsed.ok) return { ok: false, code: "invalid", errors: parsed.errors };
  const p = parsed.data;
  const db = await getDb();
  const parties = await db.partnershipParty.findMany({
    where: { partnershipId: input.partnershipId },
    select: {
      id: true,
      side: true,
      sortOrder: true,
      name: true,
      orgNumber: true,
      department: true,
      contactName: true,
      contactEmail: true,
    },
  });
  const existing = input.partyId ? parties.find((x) => x.id === input.partyId) : null;
  if (input.partyId && !existing) return { ok: false, code: "notFound" };
  if (existing && existing.side !== p.side && parties.filter((x) => x.side === existing.side).length < 2)
    return { ok: false, code: "invalid", errors: { side: "lastOfSide" } };
  const data = {
    side: p.side,
    name: p.name,
    orgNumber: p.side === "CIVIL_SOCIETY" ? p.orgNumber || null : null,
    department: p.side === "PUBLIC" ? p.department || null : null,
    contactName: p.side === "CIVIL_SOCIETY" ? p.contactName || null : null,
    contactEmail: p.side === "CIVIL_SOCIETY" ? p.contactEmail || null : null,
  };
  try {
    await db.$transaction(async (tx) => {
      await claimVersion(tx, input.partnershipId, input.expectedVersion);
      const id = existing
        ? (await tx.partnershipParty.update({ where: { id: existing.id }, data })).id
        : (
            await tx.partnershipParty.create({
              data: {
                ...data,
                partnershipId: input.partnershipId,
                sortOrder: Math.max(-1, ...parties.map((x) => x.sortOrder)) + 1,
              },
            })
          ).id;
      await recordAudit(tx, {
        actor: staffActor(input.userId),
        entity: "party",
        entityId: id,
        action: existing ? "updated" : "created",
        changes: changedFields(
          existing && {
            side: existing.side,
            name: existing.name,
            orgNumber: existing.orgNumber,
            department: existing.department,
            contactName: existing.contactName,
            contactEmail: existing.contactEmail,
          },
          { ...data, ...(existing ? {} : { partnershipId: input.partnershipId }) },
        ),
      });
    });
  } catch (error) {
    if (error instanceof Conflict) return { ok: false, code: "conflict" };
    throw error;
  }
  return { ok: true };
}

export async function removeParty(input: {
  partnershipId: string;
  expectedVersion: number;
  partyId: string;
  userId: string;
}): Promise<ChangeResult> {
  const db = await getDb();
  const parties = await db.partnershipParty.findMany({
    where: { partnershipId: input.partnershipId },
    select: {
      id: true,
      side: true,
      name: true,
      _count: {
        select: {
          budgetLines: true,
          instalments: true,
          payments: true,
          repaymentClaims: true,
          surplusCarries: true,
        },
      },
    },
  });
  const party = parties.find((x) => x.id === input.partyId);
  if (!party) return { ok: false, code: "notFound" };
  if (parties.filter((x) => x.side === party.side).length < 2)
    return { ok: false, code: "refused", reason: "lastOfSide" };
  // Its money rows (lib/server/partnerships/money.ts) keep the party too.
  if (Object.values(party._count).some((n) => n > 0))
    return { ok: false, code: "refused", reason: "partyHasBudget" };
  try {
    await db.$transaction(async (tx) => {
      await claimVersion(tx, input.partnershipId, input.expectedVersion);
      await tx.partnershipParty.delete({ where: { id: party.id } });
      await recordAudit(tx, {
        actor: staffActor(input.userId),
        entity: "party",
        entityId: party.id,
        action: "deleted",
        changes: changedFields(
          { side: party.side, name: party.name, partnershipId: input.partnershipId },
          null,
        ),
      });
    });
  } catch (error) {
    if (error instanceof Conflict) return { ok: false, code: "conflict" };
    throw error;
  }
  return { ok: true };
}
