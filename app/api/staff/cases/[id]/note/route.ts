import { notFoundResponse } from "@/lib/server/http/html-page";
import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { text } from "@/lib/server/http/form-route";
import { addNote, NOTE_MAX } from "@/lib/server/staff/case-notes";
import { formValues, setFlash } from "@/lib/server/staff/flash";
import { pagePath, seeOther } from "@/lib/server/urls";

export const POST = staffFormRoute<{ id: string }>(
  "writeNotes",
  async ({ form, locale, session }, { id }) => {
    const page = pagePath(locale, { pathname: "/staff/cases/[id]", params: { id } });
    const body = text(form, "note").trim();
    if (!body || body.length > NOTE_MAX) {
      await setFlash({
        form: "note",
        values: formValues(form),
        errors: { note: body ? "tooLong" : "required" },
      });
      return seeOther(`${page}?form=note#notes`);
    }
    if (!(await addNote(id, session.user.id, body))) return notFoundResponse();
    return seeOther(`${page}?ok=note#notes`);
  },
);
