import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { text } from "@/lib/server/http/form-route";
import { notFoundResponse } from "@/lib/server/http/html-page";
import { rectifyContact } from "@/lib/server/privacy/rectify-contact";
import { backWithErrors } from "@/lib/server/http/answer";
import { pagePath, seeOther } from "@/lib/server/urls";

export const POST = staffFormRoute<{ id: string }>(
  "handlePersonalData",
  async ({ form, locale, session }, { id }) => {
    const page = pagePath(locale, { pathname: "/staff/dataskydd/arenden/[id]", params: { id } });
    const input = { name: text(form, "name"), email: text(form, "email"), phone: text(form, "phone") };
    const result = await rectifyContact(session, id, input);
    if (result.ok) return seeOther(`${page}?ok=${result.changed ? "rectified" : "unchanged"}`);
    if (result.errors) return backWithErrors({ page, form: "rectify", keep: form }, result.errors);
    if (result.code === "erased") return seeOther(page);
    return notFoundResponse();
  },
);
