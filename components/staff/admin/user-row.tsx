import { SecondaryButton } from "@/components/form/buttons";
import { FieldError } from "@/components/form/field-kit";
import type { StaffUserRow } from "@/lib/server/staff/admin-users";
import type { Flash } from "@/lib/server/staff/flash";
import { RoleFields, type AdminT } from "./role-fields";
import { SecondFactorCell, type SecondFactorTexts } from "./second-factor-cell";

/** One staff user in the users table: roles, status, second factor and the forms that change them. */
export function UserRow({
  user: u,
  me,
  locale,
  t,
  flash,
  statusError,
  err,
  mfa,
  mfaError,
}: {
  mfa: SecondFactorTexts;
  mfaError?: string;
  user: StaffUserRow;
  me: boolean;
  locale: string;
  t: AdminT;
  flash: Flash | null;
  statusError?: string;
  err: (code: string | undefined) => string | undefined;
}) {
  const roles = flash ? (flash.values.roles ?? []) : u.roles;
  const kind = flash ? (flash.values.expertKind?.[0] ?? "") : (u.expertKind ?? "");
  return (
    <tr className="border-b border-slate-300 align-top">
      <td className="p-2">
        {u.name} {me && <span>{t("users.you")}</span>}
      </td>
      <td className="p-2 break-all">{u.email}</td>
      <td className="p-2">{u.roles.map((r) => t(`roles.${r}`)).join(", ")}</td>
      <td className="p-2">{u.expertKind ? t(`expertKinds.${u.expertKind}`) : "–"}</td>
      <td className="p-2">
        {u.disabledAt ? (
          <strong className="text-red-800">{t("users.disabled")}</strong>
        ) : u.hasPassword ? (
          t("users.enabled")
        ) : (
          t("users.invited")
        )}
        <SecondFactorCell user={u} me={me} locale={locale} text={mfa} error={mfaError} />
      </td>
      <td className="p-2">
        {!me && (
          <form method="post" action={`/api/staff/admin/users/${u.id}/enabled`}>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="enabled" value={u.disabledAt ? "true" : "false"} />
            <FieldError id={`status-${u.id}-error`} label={u.name} message={statusError} />
            <SecondaryButton type="submit" id={`status-${u.id}`} className="!px-3 !py-1 !text-base">
              {u.disabledAt ? t("users.enable") : t("users.disable")}
              <span className="sr-only"> {u.name}</span>
            </SecondaryButton>
          </form>
        )}
        <details className="mt-2" open={flash ? true : undefined}>
          <summary className="cursor-pointer font-semibold text-green-900 underline">
            {t("users.editRoles")}
            <span className="sr-only"> – {u.name}</span>
          </summary>
          <form method="post" action={`/api/staff/admin/users/${u.id}/roles`} noValidate>
            <input type="hidden" name="locale" value={locale} />
            <RoleFields
              idPrefix={`roles-${u.id}`}
              kindId={`kind-${u.id}`}
              t={t}
              roles={roles}
              expertKind={kind}
              legend={t("users.editRolesFor", { name: u.name })}
              rolesError={err(flash?.errors.roles)}
              kindError={err(flash?.errors.expertKind)}
            />
            <SecondaryButton type="submit" className="mt-4 !px-3 !py-1 !text-base">
              {t("users.saveRoles")}
              <span className="sr-only"> – {u.name}</span>
            </SecondaryButton>
          </form>
        </details>
      </td>
    </tr>
  );
}
