import { notFoundResponse } from "@/lib/server/http/html-page";
import { refuseStaffForm } from "@/lib/server/auth/refusal";
import { isUuid } from "@/lib/domain/ids";
import { formRoute, text } from "@/lib/server/http/form-route";
import { removeBudgetLine, saveBudgetLine } from "@/lib/server/partnerships/budget-lines";
import { partnershipPage, readerOf, requireManager, respond } from "@/lib/server/partnerships/respond";

// Add (no lineId), change or remove (op=remove) one budget line.
export const POST = formRoute<{ id: string }>(async ({ form, locale }, { id }) => {
  const session = await requireManager();
  if (!session) return refuseStaffForm(form, locale);
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
});
