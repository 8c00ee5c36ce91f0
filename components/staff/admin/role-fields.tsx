import type { getTranslations } from "next-intl/server";
import { CheckboxGroup, SelectField } from "@/components/form/field-kit";
import { EXPERT_KINDS, ROLES } from "@/lib/domain/admin-schemas";

export type AdminT = Awaited<ReturnType<typeof getTranslations<"staff.admin">>>;

/** The roles and expert kind of a staff user, shared by the invitation and each user's role form. */
export function RoleFields({
  idPrefix,
  kindId,
  t,
  roles,
  expertKind,
  rolesError,
  kindError,
  legend,
}: {
  idPrefix: string;
  kindId: string;
  t: AdminT;
  roles: string[];
  expertKind: string;
  rolesError?: string;
  kindError?: string;
  legend?: string;
}) {
  const label = legend ?? t("users.roles");
  return (
    <>
      <CheckboxGroup
        id={`${idPrefix}-roles`}
        name="roles"
        label={label}
        error={rolesError}
        options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        chosen={roles}
        firstBoxOwnId
      />
      <SelectField
        id={kindId}
        name="expertKind"
        label={t("users.expertKind")}
        hint={t("users.expertKindHint")}
        error={kindError}
        value={expertKind}
        placeholder={t("users.chooseExpertKind")}
        options={EXPERT_KINDS.map((k) => ({ value: k, label: t(`expertKinds.${k}`) }))}
      />
    </>
  );
}
