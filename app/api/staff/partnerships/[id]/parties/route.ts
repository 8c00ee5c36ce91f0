import { notFoundResponse } from "@/lib/server/http/html-page";
import { isUuid } from "@/lib/domain/ids";
import { partySchema } from "@/lib/domain/partnership";
import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { text } from "@/lib/server/http/form-route";
import { formToObject } from "@/lib/server/http/form-to-object";
import { removeParty, saveParty } from "@/lib/server/partnerships/parties";
import { partnershipPage, respond } from "@/lib/server/partnerships/respond";

// Add (no partyId), change or remove (op=remove) one party of a partnership.
export const POST = staffFormRoute<{ id: string }>(
  "managePartnerships",
  async ({ form, locale, session }, { id }) => {
    const partyId = text(form, "partyId");
    if (partyId && !isUuid(partyId)) return notFoundResponse();
    const party = { partnershipId: id, expectedVersion: Number(text(form, "version")) };
    const result =
      text(form, "op") === "remove" && partyId
        ? await removeParty(session.user, { ...party, partyId })
        : await saveParty(session.user, {
            ...party,
            partyId: partyId || null,
            input: formToObject(partySchema, form),
          });
    return respond(result, {
      page: partnershipPage(locale, id),
      formName: partyId ? `party-${partyId}` : "party-new",
      form,
    });
  },
);
