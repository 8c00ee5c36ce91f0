import { can } from "@/lib/domain/permissions";
import { redirect } from "@/lib/i18n/navigation";
import { requireStaff, staffHomePath } from "@/lib/server/auth/session";
import { asLocale } from "@/lib/server/urls";

// The staff area's start: the inbox for lotsen, the director and the committee; administrators go to
// user administration; the data protection officer to register extracts; experts to the opinions
// they are asked for.
export default async function StaffHomePage(props: PageProps<"/[locale]/staff">) {
  const locale = asLocale((await props.params).locale);
  const { user } = await requireStaff(undefined, staffHomePath(locale));
  const roles = user.roles;
  if (can(roles, "viewAllCases")) redirect({ href: "/staff/cases", locale });
  if (can(roles, "administer")) redirect({ href: "/staff/admin/users", locale });
  if (can(roles, "handlePersonalData")) redirect({ href: "/staff/dataskydd", locale });
  redirect({ href: "/staff/opinions", locale });
}
