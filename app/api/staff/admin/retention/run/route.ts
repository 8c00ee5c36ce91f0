import { staffActor } from "@/lib/server/audit/record";
import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { runRetention } from "@/lib/server/retention/run";
import { pagePath, seeOther } from "@/lib/server/urls";

// "Run now": the same job as the daily run (it takes turns with it), audited as the administrator.
export const POST = staffFormRoute("administer", async ({ locale, session }) => {
  const done = await runRetention(new Date(), staffActor(session.user.id));
  const count = Object.values(done).reduce((a, b) => a + b, 0);
  return seeOther(`${pagePath(locale, "/staff/admin/retention")}?ok=ran&n=${count}#dry-run-heading`);
});
