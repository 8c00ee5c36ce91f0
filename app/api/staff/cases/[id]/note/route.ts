import { notFoundResponse } from "@/lib/server/http/html-page";
import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { text } from "@/lib/server/http/form-route";
import { addNote, NOTE_MAX } from "@/lib/server/staff/case-notes";
import { backWithErrors } from "@/lib/server/http/answer";
import { pagePath, seeOther } from "@/lib/server/urls";

export const POST = staffFormRoute<{ id: string }>(
  "writeNotes",
  async ({ form, locale, session }, { id }) => {
    const page = pagePath(locale, { pathname: "/staff/cases/[id]", params: { id } });
    const body = text(form, "note").trim();
    if (!body || body.length > NOTE_MAX) {
      const target = { page, form: "note", keep: form, at: "?form=note#notes" };
      return backWithErrors(target, { note: body ? "tooLong" : "required" });
    }
    if (!(await addNote(id, session.user.id, body))) return notFoundResponse();
    return seeOther(`${page}?ok=note#notes`);
  },
);
