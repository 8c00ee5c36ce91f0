import "server-only";
import type { StaffActor } from "@/lib/domain/permissions";
import type { SectionInput, SectionName } from "@/lib/domain/partnership-sections";
import type { BudgetLineFormInput } from "@/lib/domain/budget-form";
import type { SectionCommand } from "@/lib/domain/partnership-sections";
import { saveBudgetLine } from "../partnerships/budget-lines";
import { createFromRequest } from "../partnerships/create-partnership";
import type { ChangeResult } from "../partnerships/guard";
import { saveParty, type SavePartyCommand } from "../partnerships/parties";
import { saveSection } from "../partnerships/save-section";
import { sendForSigning } from "../signing/send";
import { signWithToken } from "../signing/sign";
import { freezeVersion } from "../signing/versions";
import type { Db } from "./client";
import { tokenFromMail } from "./demo-cases";

// The partnership page's forms as the demo seed fills them: each save through its verb, on the
// version the partnership has now, the way a staff member's page posts it.

const version = async (db: Db, partnershipId: string) =>
  (await db.partnership.findUniqueOrThrow({ where: { id: partnershipId }, select: { version: true } }))
    .version;

function expectOk(what: string, result: ChangeResult | { ok: boolean }): void {
  if (!result.ok) throw new Error(`demo ${what} refused: ${JSON.stringify(result)}`);
}

/** The partnership of a request granted as IOP. */
export async function partnershipFromRequest(db: Db, actor: StaffActor, requestId: string) {
  const created = await createFromRequest(requestId, actor.id);
  if (!created.ok || !created.id) throw new Error(`demo partnership refused: ${JSON.stringify(created)}`);
  return created.id;
}

export async function saveDemoSection<S extends SectionName>(
  db: Db,
  actor: StaffActor,
  partnershipId: string,
  section: S,
  input: SectionInput<S>,
): Promise<void> {
  const expectedVersion = await version(db, partnershipId);
  const command = { partnershipId, expectedVersion, section, input } as SectionCommand;
  expectOk(`section ${section}`, await saveSection(actor, command));
}

/** Changes a party, found by its side, keeping what is not given. */
export async function saveDemoParty(
  db: Db,
  actor: StaffActor,
  partnershipId: string,
  side: "CIVIL_SOCIETY" | "PUBLIC",
  input: Partial<SavePartyCommand["input"]>,
): Promise<void> {
  const party = await db.partnershipParty.findFirstOrThrow({
    where: { partnershipId, side },
    orderBy: { sortOrder: "asc" },
  });
  const current = {
    side,
    name: party.name,
    orgNumber: party.orgNumber ?? "",
    department: party.department ?? "",
    contactName: party.contactName ?? "",
    contactEmail: party.contactEmail ?? "",
  };
  expectOk(
    "party",
    await saveParty(actor, {
      partnershipId,
      expectedVersion: await version(db, partnershipId),
      partyId: party.id,
      input: { ...current, ...input },
    }),
  );
}

/** Adds budget lines, each typed as in the budget form (the party by its side). */
export async function addDemoBudgetLines(
  db: Db,
  actor: StaffActor,
  partnershipId: string,
  lines: (Omit<BudgetLineFormInput, "partyId"> & { side: "CIVIL_SOCIETY" | "PUBLIC" })[],
): Promise<void> {
  const parties = await db.partnershipParty.findMany({
    where: { partnershipId },
    orderBy: { sortOrder: "asc" },
  });
  for (const { side, ...line } of lines) {
    const partyId = parties.find((p) => p.side === side)!.id;
    expectOk(
      "budget line",
      await saveBudgetLine(actor, {
        partnershipId,
        expectedVersion: await version(db, partnershipId),
        lineId: null,
        input: { ...line, partyId },
      }),
    );
  }
}

type Signatory = { name: string; role: string; email: string };

/**
 * Freezes the next version of the agreement, sends it to each side's signatory, and signs at `at`
 * for the sides in `signing`, each with the link their mail carried.
 */
export async function freezeAndSign(
  db: Db,
  actor: StaffActor,
  partnershipId: string,
  signatories: Record<"CIVIL_SOCIETY" | "PUBLIC", Signatory>,
  signing: ("CIVIL_SOCIETY" | "PUBLIC")[],
  at: Date,
): Promise<void> {
  const frozen = await freezeVersion({ userId: actor.id }, { partnershipId });
  if (!frozen.ok) throw new Error(`demo agreement not frozen: ${frozen.code}`);
  const parties = await db.partnershipParty.findMany({
    where: { partnershipId },
    orderBy: { sortOrder: "asc" },
  });
  for (const party of parties) {
    const who = signatories[party.side];
    expectOk(
      "signing",
      await sendForSigning(
        { userId: actor.id },
        { partnershipId, number: frozen.number, input: { partyId: party.id, ...who, mailLocale: "sv" } },
      ),
    );
    if (!signing.includes(party.side)) continue;
    const token = await tokenFromMail(db, who.email, "signera");
    const signed = await signWithToken(
      token,
      { typedName: who.name, consent: "yes", locale: "sv", clientAddress: "192.0.2.10" },
      at,
    );
    expectOk("signature", signed);
  }
}
