import { notFoundResponse } from "@/lib/server/http/html-page";
import { refuseStaffForm } from "@/lib/server/auth/refusal";
import { formRoute } from "@/lib/server/http/form-route";
import { createFromRequest } from "@/lib/server/partnerships/create-partnership";
import { partnershipPage, requireManager } from "@/lib/server/partnerships/respond";
import { pagePath, seeOther } from "@/lib/server/urls";

// "Create partnership (IOP)" on the case page of a request granted as IOP. Posting twice opens the
// partnership made the first time.
export const POST = formRoute<{ id: string }>(async ({ form, locale }, { id }) => {
  const session = await requireManager();
  if (!session) return refuseStaffForm(form, locale);
  const result = await createFromRequest(id, session.user.id);
  if (result.ok && result.id) return seeOther(`${partnershipPage(locale, result.id)}?ok=fromRequest`);
  if (!result.ok && result.code === "notFound") return notFoundResponse();
  return seeOther(
    `${pagePath(locale, { pathname: "/staff/cases/[id]", params: { id } })}?fel=notGrantedIop#fel`,
  );
});
