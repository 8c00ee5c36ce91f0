import "server-only";
import { messageSchema, noteSchema } from "@/lib/domain/case-texts";
import type { Permission } from "@/lib/domain/permissions";
import { fail, ok } from "@/lib/domain/result";
import { staffCommandRoute, type CommandScope } from "../http/command-route";
import { pagePath } from "../urls";

const SCHEMAS = { message: messageSchema, note: noteSchema } as const;

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
  const casePage = ({ locale, params: { id } }: CommandScope<{ id: string }>) =>
    pagePath(locale, { pathname: "/staff/cases/[id]", params: { id } });
  return staffCommandRoute(permission, {
    schema: SCHEMAS[field] as typeof messageSchema | typeof noteSchema,
    form: (scope: CommandScope<{ id: string }>) => ({
      page: casePage(scope),
      form: field,
      at: `?form=${field}#${anchor}`,
    }),
    run: async (actor, command, { id }) =>
      (await save(id, actor.id, "message" in command ? command.message : command.note))
        ? ok()
        : fail("notFound"),
    done: (scope) => `${casePage(scope)}?ok=${field}#${anchor}`,
  });
}
