import "server-only";
import { isUuid } from "@/lib/domain/ids";
import {
  readActualForm,
  readClaimForm,
  readClaimPaidForm,
  readDialogueForm,
  readPaymentForm,
  readPlanForm,
  readSplitForm,
  readSurplusForm,
  type Read,
} from "@/lib/domain/money-commands";
import { staffActor } from "../audit/record";
import { getDb } from "../db/client";
import type { ChangeResult } from "./guard";
import {
  carrySurplus,
  recordActual,
  recordClaim,
  recordClaimPaid,
  recordDialogue,
  recordPayment,
  savePaymentPlan,
  splitPaymentPlan,
} from "./money";

// The money page's forms: `op` names the form, its fields are read into a typed command
// (lib/domain/money-commands.ts) and handed to the verb. The answer names the form on the page.

export const MONEY_OPS = [
  "plan",
  "split",
  "payment",
  "actual",
  "dialogue",
  "claim",
  "claimPaid",
  "surplus",
] as const;

export async function handleMoneyForm(
  form: FormData,
  partnershipId: string,
  userId: string,
): Promise<{ result: ChangeResult; formName: string } | null> {
  const get = (name: string) => {
    const v = form.get(name);
    return typeof v === "string" ? v.replaceAll("\0", "") : "";
  };
  const op = get("op");
  const db = await getDb();
  const p = await db.partnership.findUnique({
    where: { id: partnershipId },
    select: {
      parties: { select: { id: true } },
      budgetLines: { select: { id: true } },
      instalments: { select: { id: true } },
    },
  });
  if (!p) return null;
  const actor = staffActor(userId);
  const partyIds = p.parties.map((x) => x.id);
  const lineIds = p.budgetLines.map((x) => x.id);
  const instalmentIds = p.instalments.map((x) => x.id);
  const go = async <T>(formName: string, read: Read<T>, verb: (c: T) => Promise<ChangeResult>) => ({
    formName,
    result: read.ok
      ? await verb(read.command)
      : ({ ok: false, code: "invalid", errors: read.errors } as const),
  });
  if (op === "plan" || op === "split") {
    const partyId = get("partyId");
    const year = Number(get("year"));
    if (!partyIds.includes(partyId) || !Number.isInteger(year)) return null;
    const ids = { partnershipId, partyId, year };
    const formName = `${op}-${partyId}-${year}`;
    return op === "plan"
      ? go(formName, readPlanForm(get, ids), (c) => savePaymentPlan(actor, c))
      : go(formName, readSplitForm(get, ids), (c) => splitPaymentPlan(actor, c));
  }
  if (op === "payment")
    return go("payment", readPaymentForm(get, partnershipId, instalmentIds), (c) => recordPayment(actor, c));
  if (op === "actual")
    return go("actual", readActualForm(get, partnershipId, lineIds), (c) => recordActual(actor, c));
  if (op === "dialogue")
    return go("dialogue", readDialogueForm(get, partnershipId), (c) => recordDialogue(actor, c));
  if (op === "claim")
    return go("claim", readClaimForm(get, partnershipId, partyIds), (c) => recordClaim(actor, c));
  if (op === "claimPaid") {
    const claimId = get("claimId");
    if (!isUuid(claimId)) return null;
    return go(`claim-${claimId}`, readClaimPaidForm(get, partnershipId, claimId), (c) =>
      recordClaimPaid(actor, c),
    );
  }
  if (op === "surplus")
    return go("surplus", readSurplusForm(get, partnershipId), (c) => carrySurplus(actor, c));
  return null;
}
