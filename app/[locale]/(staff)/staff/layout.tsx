import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/staff/sign-out-button";
import { can, type Permission } from "@/lib/domain/permissions";
import { Link } from "@/lib/i18n/navigation";
import type { StaticPathname } from "@/lib/i18n/routing";
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
  const records = await getTranslations("records");
  // Each entry is shown to those who may use its page.
  const menu: { href: StaticPathname; label: string; permission: Permission }[] = [
    { href: "/staff/cases", label: t("nav.cases"), permission: "viewAllCases" },
    { href: "/staff/partnerships", label: partnerships("nav"), permission: "viewPartnerships" },
    { href: "/staff/dashboard", label: dashboard("nav"), permission: "viewDashboard" },
    { href: "/staff/opinions", label: t("nav.opinions"), permission: "giveOpinions" },
    { href: "/staff/registry", label: records("nav"), permission: "readCaseDocuments" },
    { href: "/staff/audit", label: audit("nav"), permission: "readAuditTrail" },
    { href: "/staff/dataskydd", label: dataProtection("nav"), permission: "handlePersonalData" },
    { href: "/staff/admin/users", label: t("admin.nav"), permission: "administer" },
  ];
  return (
    <div data-wide>
      {session && (
        <nav
          aria-label={t("nav.label")}
          className="-mt-6 mb-8 flex flex-wrap items-center justify-between gap-4 border-b border-slate-300 pb-4"
        >
          <ul className="flex flex-wrap gap-6">
            {menu
              .filter((item) => can(session.user.roles, item.permission))
              .map((item) => (
                <li key={item.href}>
                  <Link href={item.href}>{item.label}</Link>
                </li>
              ))}
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
