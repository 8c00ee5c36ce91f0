import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";

// Small pieces shared by the administration pages (server components, no state).

export const inputClass =
  "mt-2 block w-full max-w-md rounded border-2 border-slate-700 bg-white px-3 py-2 text-base focus:border-slate-900";

/** The error beside a field; the label is repeated for screen readers reading the error alone. */
export function FieldError({ id, label, message }: { id: string; label: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 font-semibold text-red-800" data-field-error>
      <span className="sr-only">{label}: </span>
      {message}
    </p>
  );
}

export function FieldWrap({
  error,
  children,
  className = "mt-6",
}: {
  error?: string;
  children: ReactNode;
  className?: string;
}) {
  return <div className={`${className} ${error ? "border-l-4 border-red-700 pl-4" : ""}`}>{children}</div>;
}

export function OkMessage({ text }: { text?: string }) {
  if (!text) return null;
  return (
    <p role="status" className="mb-6 border-l-4 border-green-800 bg-green-50 p-4 font-semibold">
      {text}
    </p>
  );
}

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
