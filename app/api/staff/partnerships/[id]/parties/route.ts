import { partySchema } from "@/lib/domain/partnership";
import { removeParty, saveParty } from "@/lib/server/partnerships/parties";
import { partnershipRowRoute } from "@/lib/server/partnerships/respond";

// Add (no partyId), change or remove (op=remove) one party of a partnership.
export const POST = partnershipRowRoute({
  key: "partyId",
  form: "party",
  page: "record",
  schema: partySchema,
  save: saveParty,
  remove: removeParty,
});
