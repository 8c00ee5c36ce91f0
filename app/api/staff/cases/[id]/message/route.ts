import { notFoundResponse } from "@/lib/server/http/html-page";
import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { text } from "@/lib/server/http/form-route";
import { messageApplicant, NOTE_MAX } from "@/lib/server/staff/case-notes";
import { backWithErrors } from "@/lib/server/http/answer";
import { pagePath, seeOther } from "@/lib/server/urls";

export const POST = staffFormRoute<{ id: string }>(
  "messageApplicant",
  async ({ form, locale, session }, { id }) => {
    const page = pagePath(locale, { pathname: "/staff/cases/[id]", params: { id } });
    const body = text(form, "message").trim();
    if (!body || body.length > NOTE_MAX) {
      const target = { page, form: "message", keep: form, at: "?form=message#messages" };
      return backWithErrors(target, { message: body ? "tooLong" : "required" });
    }
    if (!(await messageApplicant(id, session.user.id, body))) return notFoundResponse();
    return seeOther(`${page}?ok=message#messages`);
  },
);
