import { notFoundResponse } from "@/lib/server/http/html-page";
import { budgetLineFormSchema } from "@/lib/domain/budget-form";
import { isUuid } from "@/lib/domain/ids";
import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { text } from "@/lib/server/http/form-route";
import { formToObject } from "@/lib/server/http/form-to-object";
import { removeBudgetLine, saveBudgetLine } from "@/lib/server/partnerships/budget-lines";
import { partnershipPage, respond } from "@/lib/server/partnerships/respond";

// Add (no lineId), change or remove (op=remove) one budget line.
export const POST = staffFormRoute<{ id: string }>(
  "managePartnerships",
  async ({ form, locale, session }, { id }) => {
    const lineId = text(form, "lineId");
    if (lineId && !isUuid(lineId)) return notFoundResponse();
    const line = { partnershipId: id, expectedVersion: Number(text(form, "version")) };
    const result =
      text(form, "op") === "remove" && lineId
        ? await removeBudgetLine(session.user, { ...line, lineId })
        : await saveBudgetLine(session.user, {
            ...line,
            lineId: lineId || null,
            input: formToObject(budgetLineFormSchema, form),
          });
    return respond(result, {
      page: partnershipPage(locale, id, "budget"),
      formName: lineId ? `line-${lineId}` : "line-new",
      form,
    });
  },
);
