import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { StaticPathname } from "@/lib/i18n/routing";

type Page = "users" | "settings" | "emailTexts" | "outbox" | "readLog" | "retention" | "webhooks";

/** The administration pages' own navigation. */
export function AdminNav({ current }: { current: Page }) {
  const admin = useTranslations("staff.admin");
  const mail = useTranslations("adminMail.nav");
  const records = useTranslations("retention.nav");
  const hooks = useTranslations("adminWebhooks");
  const pages: [Page, StaticPathname, string][] = [
    ["users", "/staff/admin/users", admin("users.title")],
    ["settings", "/staff/admin/settings", admin("settings.title")],
    ["emailTexts", "/staff/admin/email-texts", mail("emailTexts")],
    ["outbox", "/staff/admin/outbox", mail("outbox")],
    ["retention", "/staff/admin/retention", records("retention")],
    ["readLog", "/staff/admin/read-log", records("readLog")],
    ["webhooks", "/staff/admin/webhooks", hooks("nav")],
  ];
  return (
    <nav aria-label={admin("nav")} className="mb-6">
      <ul className="flex flex-wrap gap-4">
        {pages.map(([page, href, text]) => (
          <li key={page}>
            <Link href={href} aria-current={current === page ? "page" : undefined}>
              {text}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
