import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { text } from "@/lib/server/http/form-route";
import { notFoundResponse } from "@/lib/server/http/html-page";
import { eraseRequestOnDemand } from "@/lib/server/privacy/erase-request";
import { backWithErrors } from "@/lib/server/http/answer";
import { pagePath, seeOther } from "@/lib/server/urls";

export const POST = staffFormRoute<{ id: string }>(
  "handlePersonalData",
  async ({ form, locale, session }, { id }) => {
    const page = pagePath(locale, { pathname: "/staff/dataskydd/arenden/[id]", params: { id } });
    const result = await eraseRequestOnDemand(session, id, text(form, "confirmation"));
    if (result.ok) return seeOther(`${page}?ok=erased`);
    if (result.code === "notFound" || result.code === "forbidden") return notFoundResponse();
    // The typed number is not kept: it is re-typed on purpose.
    const error = result.code === "confirmation" ? "confirmation" : "refused";
    return backWithErrors({ page, form: "erase", keep: null }, { confirmation: error });
  },
);
