import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** The site footer's link to the public IOP register. */
export async function RegisterFooterLink() {
  const t = await getTranslations("register");
  return <Link href="/samarbeten">{t("footerLink")}</Link>;
}
