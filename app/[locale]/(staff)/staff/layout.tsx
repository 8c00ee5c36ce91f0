import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/staff/sign-out-button";
import { can } from "@/lib/domain/permissions";
import { Link } from "@/lib/i18n/navigation";
import { getStaffSession } from "@/lib/server/auth/session";

// Every staff page depends on who is signed in: never rendered ahead of time (not even at build).
export const dynamic = "force-dynamic";

// The staff area's menu, shown once signed in. Each page still checks access itself. Staff pages use
// the width of the screen (data-wide widens the page frame in app/[locale]/layout.tsx); public pages
// keep their readable measure.
export default async function StaffLayout({ children, params }: LayoutProps<"/[locale]/staff">) {
  const { locale } = await params;
  const session = await getStaffSession();
  const t = await getTranslations("staff");
  const auth = await getTranslations("staffAuth");
  const dashboard = await getTranslations("dashboard");
  const partnerships = await getTranslations("partnerships");
  const audit = await getTranslations("audit");
  const account = await getTranslations("account");
  const dataProtection = await getTranslations("dataProtection");
  return (
    <div data-wide>
      {session && (
        <nav
          aria-label={t("nav.label")}
          className="-mt-6 mb-8 flex flex-wrap items-center justify-between gap-4 border-b border-slate-300 pb-4"
        >
          <ul className="flex flex-wrap gap-6">
            {can(session.user.roles, "viewAllCases") && (
              <li>
                <Link href="/staff/cases">{t("nav.cases")}</Link>
              </li>
            )}
            {can(session.user.roles, "viewPartnerships") && (
              <li>
                <Link href="/staff/partnerships">{partnerships("nav")}</Link>
              </li>
            )}
            {can(session.user.roles, "viewDashboard") && (
              <li>
                <Link href="/staff/dashboard">{dashboard("nav")}</Link>
              </li>
            )}
            {can(session.user.roles, "giveOpinions") && (
              <li>
                <Link href="/staff/opinions">{t("nav.opinions")}</Link>
              </li>
            )}
            {can(session.user.roles, "readAuditTrail") && (
              <li>
                <Link href="/staff/audit">{audit("nav")}</Link>
              </li>
            )}
            {can(session.user.roles, "handlePersonalData") && (
              <li>
                <Link href="/staff/dataskydd">{dataProtection("nav")}</Link>
              </li>
            )}
            {can(session.user.roles, "administer") && (
              <li>
                <Link href="/staff/admin/users">{t("admin.nav")}</Link>
              </li>
            )}
          </ul>
          <div className="flex items-center gap-4">
            <span>{auth("signedInAs", { name: session.user.name })}</span>
            <Link href="/staff/account">{account("nav")}</Link>
            <SignOutButton locale={locale} label={auth("signOut")} />
          </div>
        </nav>
      )}
      {children}
    </div>
  );
}
