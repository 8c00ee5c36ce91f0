import "server-only";
import type { StaffActor } from "@/lib/domain/permissions";
import { parseParty, type partySchema } from "@/lib/domain/partnership";
import type { z } from "zod";
import { changedFields } from "@/lib/domain/audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "../db/client";
import { changeAtVersion, type ChangeResult } from "./guard";

// Adding, changing and removing a party, each guarded by the partnership's version. A partnership
// keeps at least one party on each side, and a party with budget lines is not removed (its lines
// would lose their owner): its lines go first.

/** Adding (no partyId) or changing a party, as typed in its form. */
export interface SavePartyCommand {
  partnershipId: string;
  expectedVersion: number;
  partyId: string | null;
  input: z.input<typeof partySchema>;
}

/** What a save reads of each party: its form's fields and its place in the order. */
const SAVED_PARTY = {
  id: true,
  side: true,
  sortOrder: true,
  name: true,
  orgNumber: true,
  department: true,
  contactName: true,
  contactEmail: true,
} satisfies Prisma.PartnershipPartySelect;

export async function saveParty(actor: StaffActor, command: SavePartyCommand): Promise<ChangeResult> {
  const parsed = parseParty(command.input);
  if (!parsed.ok) return { ok: false, code: "invalid", errors: parsed.errors };
  const p = parsed.data;
  const db = await getDb();
  const parties = await db.partnershipParty.findMany({
    where: { partnershipId: command.partnershipId },
    select: SAVED_PARTY,
  });
  const existing = command.partyId ? parties.find((x) => x.id === command.partyId) : null;
  if (command.partyId && !existing) return { ok: false, code: "notFound" };
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
  return changeAtVersion(actor, command, async (tx) => {
    const id = existing
      ? (await tx.partnershipParty.update({ where: { id: existing.id }, data })).id
      : (
          await tx.partnershipParty.create({
            data: {
              ...data,
              partnershipId: command.partnershipId,
              sortOrder: Math.max(-1, ...parties.map((x) => x.sortOrder)) + 1,
            },
          })
        ).id;
    return {
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
        { ...data, ...(existing ? {} : { partnershipId: command.partnershipId }) },
      ),
    };
  });
}

/** A party's budget lines and money rows: a party with any of them is not removed. */
const MONEY_ROWS = {
  budgetLines: true,
  instalments: true,
  payments: true,
  repaymentClaims: true,
  surplusCarries: true,
} satisfies Prisma.PartnershipPartyCountOutputTypeSelect;

export async function removeParty(
  actor: StaffActor,
  input: { partnershipId: string; expectedVersion: number; partyId: string },
): Promise<ChangeResult> {
  const db = await getDb();
  const parties = await db.partnershipParty.findMany({
    where: { partnershipId: input.partnershipId },
    select: { id: true, side: true, name: true, _count: { select: MONEY_ROWS } },
  });
  const party = parties.find((x) => x.id === input.partyId);
  if (!party) return { ok: false, code: "notFound" };
  if (parties.filter((x) => x.side === party.side).length < 2)
    return { ok: false, code: "refused", reason: "lastOfSide" };
  // Its money rows (lib/server/partnerships/money.ts) keep the party too.
  if (Object.values(party._count).some((n) => n > 0))
    return { ok: false, code: "refused", reason: "partyHasBudget" };
  return changeAtVersion(actor, input, async (tx) => {
    await tx.partnershipParty.delete({ where: { id: party.id } });
    return {
      entity: "party",
      entityId: party.id,
      action: "deleted",
      changes: changedFields(
        { side: party.side, name: party.name, partnershipId: input.partnershipId },
        null,
      ),
    };
  });
}
