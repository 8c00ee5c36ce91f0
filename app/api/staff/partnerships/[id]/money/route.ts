import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { notFoundResponse } from "@/lib/server/http/html-page";
import { handleMoneyForm } from "@/lib/server/partnerships/money-forms";
import { respond } from "@/lib/server/partnerships/respond";
import { pagePath } from "@/lib/server/urls";

// Every form of the money page (payment plan, payments, actuals, dialogue, claims, surplus).
export const POST = staffFormRoute<{ id: string }>(
  "managePartnerships",
  async ({ form, locale, session }, { id }) => {
    const handled = await handleMoneyForm(form, id, session.user.id);
    if (!handled) return notFoundResponse();
    return respond(handled.result, {
      page: pagePath(locale, { pathname: "/staff/partnerships/[id]/money", params: { id } }),
      formName: handled.formName,
      form,
    });
  },
);
