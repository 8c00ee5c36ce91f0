import "server-only";
import type { Permission } from "@/lib/domain/permissions";
import { staffFormRoute } from "../auth/staff-form-route";
import { backWithErrors } from "../http/answer";
import { text } from "../http/form-route";
import { notFoundResponse } from "../http/html-page";
import { pagePath, seeOther } from "../urls";
import { NOTE_MAX } from "./case-notes";

/**
 * The POST of one of the case page's text forms (a message to the applicant, an internal note):
 * the field `field` is required and at most NOTE_MAX long; the answer returns to `#${anchor}`.
 */
export function caseTextRoute(
  permission: Permission,
  field: "message" | "note",
  anchor: "messages" | "notes",
  save: (requestId: string, authorId: string, body: string) => Promise<boolean>,
) {
  return staffFormRoute<{ id: string }>(permission, async ({ form, locale, session }, { id }) => {
    const page = pagePath(locale, { pathname: "/staff/cases/[id]", params: { id } });
    const body = text(form, field).trim();
    if (!body || body.length > NOTE_MAX) {
      const target = { page, form: field, keep: form, at: `?form=${field}#${anchor}` };
      return backWithErrors(target, { [field]: body ? "tooLong" : "required" });
    }
    if (!(await save(id, session.user.id, body))) return notFoundResponse();
    return seeOther(`${page}?ok=${field}#${anchor}`);
  });
}
