import { staffCommandRoute, type CommandScope } from "@/lib/server/http/command-route";
import { freezeVersion } from "@/lib/server/signing/versions";
import { pagePath } from "@/lib/server/urls";

const versionsPage = ({ locale, params: { id } }: CommandScope<{ id: string }>) =>
  pagePath(locale, { pathname: "/staff/partnerships/[id]/versions", params: { id } });

// "Freeze for signing": the agreement as it is now becomes the next version.
export const POST = staffCommandRoute("managePartnerships", {
  form: (scope: CommandScope<{ id: string }>) => ({ page: versionsPage(scope), form: "freeze" }),
  run: (actor, _command, { id }) => freezeVersion({ userId: actor.id }, { partnershipId: id }),
  done: (scope) => `${versionsPage(scope)}?ok=frozen&v=${scope.result.number}`,
});
