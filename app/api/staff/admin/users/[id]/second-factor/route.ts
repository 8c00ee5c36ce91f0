import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { resetSecondFactor } from "@/lib/server/auth/second-factor";
import { getDb } from "@/lib/server/db/client";
import { answerFailure } from "@/lib/server/http/answer";
import { pagePath, seeOther } from "@/lib/server/urls";

// An administrator resets a colleague's second factor (a lost phone); audited in resetSecondFactor.
export const POST = staffFormRoute<{ id: string }>("administer", async ({ locale, session }, { id }) => {
  const page = pagePath(locale, "/staff/admin/users");
  const result = await resetSecondFactor(await getDb(), session.user.id, id);
  if (result.ok) return seeOther(`${page}?ok=secondFactorReset`);
  return answerFailure(result, { page, form: `mfa-${id}`, keep: null, field: `mfa-${id}` });
});
