import { PrimaryButton } from "@/components/form/buttons";
import { FieldError, FieldWrap, inputClass } from "@/app/[locale]/(staff)/staff/admin/admin-parts";
import type { Flash } from "@/lib/server/staff/flash";
import { RoleFields, type AdminT } from "./role-fields";

/** The invitation of a new staff user; after a failed attempt it keeps what was typed. */
export function InviteForm({
  locale,
  t,
  flash: inviteFlash,
  err,
}: {
  locale: string;
  t: AdminT;
  /** The flash of the invite form only. */
  flash: Flash | null;
  err: (code: string | undefined) => string | undefined;
}) {
  const inviteErrors = inviteFlash ? inviteFlash.errors : {};
  const values = (f: Flash | null, name: string) => f?.values[name] ?? [];
  return (
    <>
      <p>{t("users.inviteLead")}</p>
      <form method="post" action="/api/staff/admin/users/invite" noValidate>
        <input type="hidden" name="locale" value={locale} />
        <FieldWrap error={inviteErrors.name}>
          <label htmlFor="invite-name" className="block text-lg font-semibold">
            {t("users.name")}
          </label>
          <FieldError id="invite-name-error" label={t("users.name")} message={err(inviteErrors.name)} />
          <input
            id="invite-name"
            name="name"
            type="text"
            autoComplete="off"
            defaultValue={values(inviteFlash, "name")[0] ?? ""}
            aria-invalid={inviteErrors.name ? true : undefined}
            aria-describedby={inviteErrors.name ? "invite-name-error" : undefined}
            className={inputClass}
          />
        </FieldWrap>
        <FieldWrap error={inviteErrors.email}>
          <label htmlFor="invite-email" className="block text-lg font-semibold">
            {t("users.email")}
          </label>
          <FieldError id="invite-email-error" label={t("users.email")} message={err(inviteErrors.email)} />
          <input
            id="invite-email"
            name="email"
            type="email"
            autoComplete="off"
            spellCheck={false}
            defaultValue={values(inviteFlash, "email")[0] ?? ""}
            aria-invalid={inviteErrors.email ? true : undefined}
            aria-describedby={inviteErrors.email ? "invite-email-error" : undefined}
            className={inputClass}
          />
        </FieldWrap>
        <RoleFields
          idPrefix="invite"
          kindId="invite-expertKind"
          t={t}
          roles={inviteFlash ? values(inviteFlash, "roles") : []}
          expertKind={values(inviteFlash, "expertKind")[0] ?? ""}
          rolesError={err(inviteErrors.roles)}
          kindError={err(inviteErrors.expertKind)}
        />
        <PrimaryButton type="submit" className="mt-8">
          {t("users.inviteButton")}
        </PrimaryButton>
      </form>
    </>
  );
}
