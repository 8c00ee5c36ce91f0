import { refuseStaffForm } from "@/lib/server/auth/refusal";
import { requireStaffApi } from "@/lib/server/auth/api-access";
import { formRoute, text } from "@/lib/server/http/form-route";
import { declareConflict } from "@/lib/server/staff/opinions";
import { pagePath, seeOther } from "@/lib/server/urls";

export const POST = formRoute<{ id: string }>(async ({ form, locale }, { id }) => {
  const session = await requireStaffApi("giveOpinions");
  if (!session) return refuseStaffForm(form, locale);
  const page = pagePath(locale, { pathname: "/staff/opinions/[id]", params: { id } });
  const choice = text(form, "conflict");
  if (choice !== "yes" && choice !== "no") return seeOther(`${page}?fel=choose#fel`);
  if (
    !(await declareConflict(id, session.user.id, choice === "yes", text(form, "note").trim().slice(0, 2000)))
  ) {
    return seeOther(`${page}?fel=refused#fel`);
  }
  return seeOther(page);
});
