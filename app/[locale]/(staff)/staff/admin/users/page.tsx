import { getTranslations } from "next-intl/server";
import { ErrorSummary } from "@/components/form/error-summary";
import { InviteForm } from "@/components/staff/admin/invite-form";
import type { SecondFactorTexts } from "@/components/staff/admin/second-factor-cell";
import { usersSummary } from "@/components/staff/admin/users-summary";
import { UsersTable } from "@/components/staff/admin/users-table";
import { listStaffUsers } from "@/lib/server/staff/admin-users";
import { readFlash } from "@/lib/server/staff/flash";
import { OkMessage } from "@/components/form/ok-message";
import { AdminNav } from "@/components/staff/admin/admin-nav";
import { ADMIN_FORM_TITLE, first, openStaffPage, staffMetadata } from "@/lib/server/staff/page";

type Props = PageProps<"/[locale]/staff/admin/users">;

const OK = ["invited", "roles", "disabled", "enabled"] as const;

export const generateMetadata = staffMetadata("staff.admin.users.title", ADMIN_FORM_TITLE);

export default async function AdminUsersPage({ params, searchParams }: Props) {
  const { user: me, locale } = await openStaffPage(params, "administer", "/staff/admin/users");
  const t = await getTranslations("staff.admin");
  const mfa = await getTranslations("secondFactor.admin");
  const mfaText: SecondFactorTexts = {
    column: mfa("column"),
    on: mfa("on"),
    off: mfa("off"),
    reset: mfa("reset"),
  };
  const sp = await searchParams;
  const fel = first(sp.fel);
  const ok = OK.find((k) => k === first(sp.ok));
  const flash = await readFlash(fel);
  const users = await listStaffUsers();
  const err = (code: string | undefined) => (code ? t(`errors.${code}` as "errors.nameRequired") : undefined);

  const summary = usersSummary(flash, err, mfa);

  return (
    <>
      <ErrorSummary title={t("errorSummaryTitle")} errors={summary} />
      <OkMessage text={ok ? t(`users.ok.${ok}`) : undefined} />
      <OkMessage text={first(sp.ok) === "secondFactorReset" ? mfa("ok") : undefined} />
      <AdminNav current="users" />
      <h1>{t("users.title")}</h1>
      <p className="text-lg">{t("users.lead")}</p>

      <h2>{t("users.listTitle")}</h2>
      <UsersTable
        users={users}
        meId={me.id}
        locale={locale}
        t={t}
        flash={flash}
        err={err}
        mfa={mfa}
        mfaText={mfaText}
      />

      <h2 id="invite">{t("users.inviteTitle")}</h2>
      <InviteForm t={t} flash={flash?.form === "invite" ? flash : null} err={err} />
    </>
  );
}
