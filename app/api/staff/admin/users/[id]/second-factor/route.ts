import { resetSecondFactor } from "@/lib/server/auth/second-factor";
import { getDb } from "@/lib/server/db/client";
import { staffCommandRoute, type CommandScope } from "@/lib/server/http/command-route";
import { pagePath } from "@/lib/server/urls";

// An administrator resets a colleague's second factor (a lost phone); audited in resetSecondFactor.
export const POST = staffCommandRoute("administer", {
  form: ({ locale, params }: CommandScope<{ id: string }>) => ({
    page: pagePath(locale, "/staff/admin/users"),
    form: `mfa-${params.id}`,
    field: `mfa-${params.id}`,
    keep: false,
  }),
  run: async (actor, _command, { id }) => resetSecondFactor(await getDb(), actor.id, id),
  done: ({ locale }) => `${pagePath(locale, "/staff/admin/users")}?ok=secondFactorReset`,
});
