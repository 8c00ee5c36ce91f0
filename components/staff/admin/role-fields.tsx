import type { getTranslations } from "next-intl/server";
import { FieldError, FieldWrap, inputClass } from "@/app/[locale]/(staff)/staff/admin/admin-parts";
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
  return (
    <>
      <FieldWrap error={rolesError}>
        <fieldset aria-describedby={rolesError ? `${idPrefix}-roles-error` : undefined}>
          <legend className="text-lg font-semibold">{legend ?? t("users.roles")}</legend>
          <FieldError
            id={`${idPrefix}-roles-error`}
            label={legend ?? t("users.roles")}
            message={rolesError}
          />
          <div className="mt-2 space-y-2">
            {ROLES.map((r) => (
              <div key={r} className="flex items-center gap-3">
                <input
                  type="checkbox"
                  id={`${idPrefix}-roles-${r}`}
                  name="roles"
                  value={r}
                  defaultChecked={roles.includes(r)}
                  className="h-6 w-6"
                />
                <label htmlFor={`${idPrefix}-roles-${r}`}>{t(`roles.${r}`)}</label>
              </div>
            ))}
          </div>
        </fieldset>
      </FieldWrap>
      <FieldWrap error={kindError}>
        <label htmlFor={kindId} className="block text-lg font-semibold">
          {t("users.expertKind")}
        </label>
        <p id={`${kindId}-hint`} className="mt-1 text-slate-700">
          {t("users.expertKindHint")}
        </p>
        <FieldError id={`${kindId}-error`} label={t("users.expertKind")} message={kindError} />
        <select
          id={kindId}
          name="expertKind"
          defaultValue={expertKind}
          aria-invalid={kindError ? true : undefined}
          aria-describedby={[`${kindId}-hint`, kindError ? `${kindId}-error` : ""].filter(Boolean).join(" ")}
          className={inputClass}
        >
          <option value="">{t("users.chooseExpertKind")}</option>
          {EXPERT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`expertKinds.${k}`)}
            </option>
          ))}
        </select>
      </FieldWrap>
    </>
  );
}
