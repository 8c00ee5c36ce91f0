import { CLAIM_ROLES, parseSignInPolicyForm } from "@/lib/domain/oidc-sign-in";
import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { getSignInPolicy, saveSignInPolicy } from "@/lib/server/auth/sign-in-policy";
import { getDb } from "@/lib/server/db/client";
import { env } from "@/lib/server/env";
import { text } from "@/lib/server/http/form-route";
import { answerFailure, backWithErrors } from "@/lib/server/http/answer";
import { pagePath, seeOther } from "@/lib/server/urls";

// The "Inloggning" section of the settings page: password sign-in on or off, role claim values.
export const POST = staffFormRoute("administer", async ({ form, locale, session }) => {
  const page = pagePath(locale, "/staff/admin/settings");
  const target = { page, form: "sign-in", keep: form };
  const db = await getDb();
  // Without a role claim the form has no role fields: the saved mapping stays as it is.
  const saved = env().OIDC_ROLE_CLAIM ? null : (await getSignInPolicy(db)).roleClaimMap;
  const roles = Object.fromEntries(
    CLAIM_ROLES.map((r) => [r, saved ? saved[r].join("\n") : text(form, `roles-${r}`)]),
  ) as Record<(typeof CLAIM_ROLES)[number], string>;
  const parsed = parseSignInPolicyForm({ passwordSignIn: text(form, "passwordSignIn") === "on", roles });
  if (!parsed.ok)
    return backWithErrors(
      target,
      Object.fromEntries(Object.entries(parsed.errors).map(([r, code]) => [`signin-roles-${r}`, code])),
    );
  const result = await saveSignInPolicy(db, parsed.policy, {
    userId: session.user.id,
    sessionId: session.sessionId,
  });
  if (!result.ok) return answerFailure(result, { ...target, field: "signin-passwordSignIn" });
  return seeOther(`${page}?ok=sign-in#inloggning`);
});
