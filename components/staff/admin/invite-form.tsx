import { TextField } from "@/components/form/field-kit";
import { fieldsOf } from "@/components/form/form-fields";
import type { Flash } from "@/lib/server/staff/flash";
import { RoleFields, type AdminT } from "./role-fields";
import { PostForm } from "@/components/form/post-form";

/** The invitation of a new staff user; after a failed attempt it keeps what was typed. */
export function InviteForm({
  t,
  flash: inviteFlash,
  err,
}: {
  t: AdminT;
  /** The flash of the invite form only. */
  flash: Flash | null;
  err: (code: string | undefined) => string | undefined;
}) {
  const inviteErrors = inviteFlash ? inviteFlash.errors : {};
  const values = (f: Flash | null, name: string) => f?.values[name] ?? [];
  const f = fieldsOf("invite", inviteFlash, err);
  return (
    <>
      <p>{t("users.inviteLead")}</p>
      <PostForm action="/api/staff/admin/users/invite" submit={t("users.inviteButton")} submitSpacing="mt-8">
        <TextField {...f("name")} label={t("users.name")} autoComplete="off" width="medium" />
        <TextField
          {...f("email")}
          type="email"
          label={t("users.email")}
          autoComplete="off"
          spellCheck={false}
          width="medium"
        />
        <RoleFields
          idPrefix="invite"
          kindId="invite-expertKind"
          t={t}
          roles={inviteFlash ? values(inviteFlash, "roles") : []}
          expertKind={values(inviteFlash, "expertKind")[0] ?? ""}
          rolesError={err(inviteErrors.roles)}
          kindError={err(inviteErrors.expertKind)}
        />
      </PostForm>
    </>
  );
}
