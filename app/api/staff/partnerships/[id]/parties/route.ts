import { notFoundResponse } from "@/lib/server/http/html-page";
import { refuseStaffForm } from "@/lib/server/auth/refusal";
import { isUuid } from "@/lib/domain/ids";
import { formRoute, text } from "@/lib/server/http/form-route";
import { removeParty, saveParty } from "@/lib/server/partnerships/parties";
import { partnershipPage, readerOf, requireManager, respond } from "@/lib/server/partnerships/respond";

// Add (no partyId), change or remove (op=remove) one party of a partnership.
export const POST = formRoute<{ id: string }>(async ({ form, locale }, { id }) => {
  const session = await requireManager();
  if (!session) return refuseStaffForm(form, locale);
  const partyId = text(form, "partyId");
  if (partyId && !isUuid(partyId)) return notFoundResponse();
  const expectedVersion = Number(text(form, "version"));
  const result =
    text(form, "op") === "remove" && partyId
      ? await removeParty({ partnershipId: id, expectedVersion, partyId, userId: session.user.id })
      : await saveParty({
          partnershipId: id,
          expectedVersion,
          partyId: partyId || null,
          form: readerOf(form),
          userId: session.user.id,
        });
  return respond(result, {
    page: partnershipPage(locale, id),
    formName: partyId ? `party-${partyId}` : "party-new",
    form,
  });
});
