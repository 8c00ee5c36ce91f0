import { notFoundResponse } from "@/lib/server/http/html-page";
import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { text } from "@/lib/server/http/form-route";
import { messageApplicant, NOTE_MAX } from "@/lib/server/staff/case-notes";
import { formValues, setFlash } from "@/lib/server/staff/flash";
import { pagePath, seeOther } from "@/lib/server/urls";

export const POST = staffFormRoute<{ id: string }>(
  "messageApplicant",
  async ({ form, locale, session }, { id }) => {
    const page = pagePath(locale, { pathname: "/staff/cases/[id]", params: { id } });
    const body = text(form, "message").trim();
    if (!body || body.length > NOTE_MAX) {
      await setFlash({
        form: "message",
        values: formValues(form),
        errors: { message: body ? "tooLong" : "required" },
      });
      return seeOther(`${page}?form=message#messages`);
    }
    if (!(await messageApplicant(id, session.user.id, body))) return notFoundResponse();
    return seeOther(`${page}?ok=message#messages`);
  },
);
