import type { getTranslations } from "next-intl/server";
import { TableFrame } from "@/components/data-table";
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
    <TableFrame
      className="mt-4"
      caption={t("users.listTitle")}
      heads={(["name", "email", "roles", "expertKind", "status", "actions"] as const).map((k) => ({
        head: t(`users.${k}`),
      }))}
    >
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
    </TableFrame>
  );
}
