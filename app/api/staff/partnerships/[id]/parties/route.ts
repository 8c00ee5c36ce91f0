import { notFoundResponse } from "@/lib/server/http/html-page";
import { isUuid } from "@/lib/domain/ids";
import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { text } from "@/lib/server/http/form-route";
import { removeParty, saveParty } from "@/lib/server/partnerships/parties";
import { partnershipPage, readerOf, respond } from "@/lib/server/partnerships/respond";

// Add (no partyId), change or remove (op=remove) one party of a partnership.
export const POST = staffFormRoute<{ id: string }>(
  "managePartnerships",
  async ({ form, locale, session }, { id }) => {
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
  },
);
