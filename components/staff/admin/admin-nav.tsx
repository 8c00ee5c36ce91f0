import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

/** The administration pages' own navigation. */
export function AdminNav({
  label,
  current,
  users,
  settings,
}: {
  label: string;
  current: "users" | "settings" | "emailTexts" | "outbox" | "readLog" | "retention" | "webhooks";
  users: string;
  settings: string;
}) {
  // The mail pages' labels come from their own message file, so the older pages need not pass them.
  const mail = useTranslations("adminMail.nav");
  const records = useTranslations("retention.nav");
  const hooks = useTranslations("adminWebhooks");
  return (
    <nav aria-label={label} className="mb-6">
      <ul className="flex flex-wrap gap-4">
        <li>
          <Link href="/staff/admin/users" aria-current={current === "users" ? "page" : undefined}>
            {users}
          </Link>
        </li>
        <li>
          <Link href="/staff/admin/settings" aria-current={current === "settings" ? "page" : undefined}>
            {settings}
          </Link>
        </li>
        <li>
          <Link href="/staff/admin/email-texts" aria-current={current === "emailTexts" ? "page" : undefined}>
            {mail("emailTexts")}
          </Link>
        </li>
        <li>
          <Link href="/staff/admin/outbox" aria-current={current === "outbox" ? "page" : undefined}>
            {mail("outbox")}
          </Link>
        </li>
        <li>
          <Link href="/staff/admin/retention" aria-current={current === "retention" ? "page" : undefined}>
            {records("retention")}
          </Link>
        </li>
        <li>
          <Link href="/staff/admin/read-log" aria-current={current === "readLog" ? "page" : undefined}>
            {records("readLog")}
          </Link>
        </li>
        <li>
          <Link href="/staff/admin/webhooks" aria-current={current === "webhooks" ? "page" : undefined}>
            {hooks("nav")}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
