import { budgetLineFormSchema } from "@/lib/domain/budget-form";
import { removeBudgetLine, saveBudgetLine } from "@/lib/server/partnerships/budget-lines";
import { partnershipRowRoute } from "@/lib/server/partnerships/respond";

// Add (no lineId), change or remove (op=remove) one budget line.
export const POST = partnershipRowRoute({
  key: "lineId",
  form: "line",
  page: "budget",
  schema: budgetLineFormSchema,
  save: saveBudgetLine,
  remove: removeBudgetLine,
});
