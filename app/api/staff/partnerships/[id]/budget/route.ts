import { notFoundResponse } from "@/lib/server/http/html-page";
import { isUuid } from "@/lib/domain/ids";
import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { text } from "@/lib/server/http/form-route";
import { removeBudgetLine, saveBudgetLine } from "@/lib/server/partnerships/budget-lines";
import { partnershipPage, readerOf, respond } from "@/lib/server/partnerships/respond";

// Add (no lineId), change or remove (op=remove) one budget line.
export const POST = staffFormRoute<{ id: string }>(
  "managePartnerships",
  async ({ form, locale, session }, { id }) => {
    const lineId = text(form, "lineId");
    if (lineId && !isUuid(lineId)) return notFoundResponse();
    const expectedVersion = Number(text(form, "version"));
    const result =
      text(form, "op") === "remove" && lineId
        ? await removeBudgetLine({ partnershipId: id, expectedVersion, lineId, userId: session.user.id })
        : await saveBudgetLine({
            partnershipId: id,
            expectedVersion,
            lineId: lineId || null,
            form: readerOf(form),
            userId: session.user.id,
          });
    return respond(result, {
      page: partnershipPage(locale, id, "budget"),
      formName: lineId ? `line-${lineId}` : "line-new",
      form,
    });
  },
);
