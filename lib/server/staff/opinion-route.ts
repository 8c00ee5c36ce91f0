import "server-only";
import type { z } from "zod";
import type { StaffActor } from "@/lib/domain/permissions";
import { fail, ok } from "@/lib/domain/result";
import { staffCommandRoute, type CommandScope } from "../http/command-route";
import { pagePath } from "../urls";

const opinionPage = ({ locale, params: { id } }: CommandScope<{ id: string }>) =>
  pagePath(locale, { pathname: "/staff/opinions/[id]", params: { id } });

/**
 * A form of the expert's opinion page. Its page reads errors from the address only: an invalid form
 * by its message key, a refusal (`act` answers false: not theirs, or out of order) as "refused".
 */
export function opinionRoute<S extends z.ZodType>(
  schema: S,
  act: (actor: StaffActor, opinionId: string, command: z.output<S>) => Promise<boolean>,
) {
  return staffCommandRoute("giveOpinions", {
    schema,
    form: (scope: CommandScope<{ id: string }>) => ({
      page: opinionPage(scope),
      form: "opinion",
      inAddress: true,
    }),
    run: async (actor, command, { id }) => ((await act(actor, id, command)) ? ok() : fail("refused")),
    done: opinionPage,
  });
}
