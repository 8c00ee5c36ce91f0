import { getTranslations } from "next-intl/server";
import type { SummaryError } from "@/components/form/error-summary";
import { CLAIM_ROLES, type SignInPolicy } from "@/lib/domain/oidc-sign-in";
import type { Flash } from "@/lib/server/staff/flash";
import { CheckboxField, TextField } from "@/components/form/field-kit";
import { PostForm } from "@/components/form/post-form";

// The "Inloggning" section of the settings page, shown only when OpenID Connect is configured:
// password sign-in on or off, and which values of the role claim give which role. Posts to
// /api/staff/admin/sign-in; after a failed post the typed values come from the flash.

const PASSWORD_ID = "signin-passwordSignIn";
const roleId = (role: string) => `signin-roles-${role}`;

type ErrorKey = "errors.valueTooLong";

/** The section's errors for the page's error summary, in field order. */
export async function signInErrors(flash: Flash | null, provider: string): Promise<SummaryError[]> {
  if (!flash) return [];
  const t = await getTranslations("oidc.settings");
  const roles = await getTranslations("staff.admin.roles");
  const fields = [
    { id: PASSWORD_ID, label: t("passwordSignIn") },
    ...CLAIM_ROLES.map((r) => ({ id: roleId(r), label: roles(r) })),
  ];
  return fields
    .filter((f) => flash.errors[f.id])
    .map((f) => ({
      fieldId: f.id,
      message: `${f.label}: ${t(`errors.${flash.errors[f.id]}` as ErrorKey, { name: provider })}`,
    }));
}

export async function SignInForm(props: {
  provider: string;
  roleClaim: string | undefined;
  saved: SignInPolicy;
  flash: Flash | null;
}) {
  const { provider, roleClaim, saved, flash } = props;
  const t = await getTranslations("oidc.settings");
  const roles = await getTranslations("staff.admin.roles");
  const error = (id: string) => {
    const code = flash?.errors[id];
    return code ? t(`errors.${code}` as ErrorKey, { name: provider }) : undefined;
  };
  const passwordError = error(PASSWORD_ID);
  const passwordOn = flash ? flash.values.passwordSignIn?.[0] === "on" : saved.passwordSignIn;
  return (
    <section aria-labelledby="inloggning" className="mt-12">
      <h2 id="inloggning" tabIndex={-1}>
        {t("title")}
      </h2>
      <p>{t("lead", { name: provider })}</p>
      <PostForm action="/api/staff/admin/sign-in" submit={t("save")} submitSpacing="mt-8">
        <CheckboxField
          id={PASSWORD_ID}
          name="passwordSignIn"
          value="on"
          label={t("passwordSignIn")}
          hint={t("passwordHint", { name: provider })}
          error={passwordError}
          checked={passwordOn}
        />
        {roleClaim ? (
          <fieldset className="mt-8" aria-describedby="signin-roles-hint">
            <legend className="text-lg font-semibold">{t("rolesTitle")}</legend>
            <p id="signin-roles-hint" className="mt-1 text-slate-700">
              {t("rolesHint", { claim: roleClaim })}
            </p>
            {CLAIM_ROLES.map((role) => (
              <TextField
                key={role}
                id={roleId(role)}
                name={`roles-${role}`}
                label={roles(role)}
                error={error(roleId(role))}
                value={flash ? flash.values[`roles-${role}`]?.[0] : saved.roleClaimMap[role].join("\n")}
                rows={2}
                spellCheck={false}
                width="medium"
                compact
                spacing="mt-4"
              />
            ))}
          </fieldset>
        ) : (
          <p className="mt-6">{t("rolesOff")}</p>
        )}
      </PostForm>
    </section>
  );
}
