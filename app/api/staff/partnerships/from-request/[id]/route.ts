import { notFoundResponse } from "@/lib/server/http/html-page";
import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { createFromRequest } from "@/lib/server/partnerships/create-partnership";
import { partnershipPage } from "@/lib/server/partnerships/respond";
import { pagePath, seeOther } from "@/lib/server/urls";

// "Create partnership (IOP)" on the case page of a request granted as IOP. Posting twice opens the
// partnership made the first time.
export const POST = staffFormRoute<{ id: string }>(
  "managePartnerships",
  async ({ locale, session }, { id }) => {
    const result = await createFromRequest(id, session.user.id);
    if (result.ok && result.id) return seeOther(`${partnershipPage(locale, result.id)}?ok=fromRequest`);
    if (!result.ok && result.code === "notFound") return notFoundResponse();
    return seeOther(
      `${pagePath(locale, { pathname: "/staff/cases/[id]", params: { id } })}?fel=notGrantedIop#fel`,
    );
  },
);
