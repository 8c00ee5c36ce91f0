import type { getTranslations } from "next-intl/server";
import type { StaffUserRow } from "@/lib/server/staff/admin-users";
import type { Flash } from "@/lib/server/staff/flash";
import type { AdminT } from "./role-fields";
import type { SecondFactorTexts } from "./second-factor-cell";
import { UserRow } from "./user-row";

export type SecondFactorT = Awaited<ReturnType<typeof getTranslations<"secondFactor.admin">>>;

/** Every staff user with the forms that change them; a failed form's errors go to its own row. */
export function UsersTable({
  users,
  meId,
  locale,
  t,
  flash,
  err,
  mfa,
  mfaText,
}: {
  users: StaffUserRow[];
  meId: string;
  locale: string;
  t: AdminT;
  flash: Flash | null;
  err: (code: string | undefined) => string | undefined;
  mfa: SecondFactorT;
  mfaText: SecondFactorTexts;
}) {
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{t("users.listTitle")}</caption>
        <thead>
          <tr className="border-b-2 border-slate-700">
            <th scope="col" className="p-2">
              {t("users.name")}
            </th>
            <th scope="col" className="p-2">
              {t("users.email")}
            </th>
            <th scope="col" className="p-2">
              {t("users.roles")}
            </th>
            <th scope="col" className="p-2">
              {t("users.expertKind")}
            </th>
            <th scope="col" className="p-2">
              {t("users.status")}
            </th>
            <th scope="col" className="p-2">
              {t("users.actions")}
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <UserRow
              key={u.id}
              user={u}
              me={u.id === meId}
              locale={locale}
              t={t}
              flash={flash?.form === `roles-${u.id}` ? flash : null}
              statusError={flash?.form === `status-${u.id}` ? err(flash.errors[`status-${u.id}`]) : undefined}
              mfa={mfaText}
              mfaError={
                flash?.form === `mfa-${u.id}`
                  ? mfa(`errors.${flash.errors[`mfa-${u.id}`]}` as "errors.self")
                  : undefined
              }
              err={err}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
