import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { SecondaryButton } from "@/components/form/buttons";
import { ErrorSummary } from "@/components/form/error-summary";
import { requireStaff } from "@/lib/server/auth/session";
import { listOutboxProblems } from "@/lib/server/mail/outbox-admin";
import { asLocale, pagePath } from "@/lib/server/urls";
import { OkMessage } from "@/components/form/ok-message";
import { AdminNav } from "@/components/staff/admin/admin-nav";

type Props = PageProps<"/[locale]/staff/admin/outbox">;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "adminMail.outbox" });
  return { title: t("title"), robots: { index: false } };
}

export default async function OutboxPage({ params, searchParams }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  await requireStaff("administer", pagePath(locale, "/staff/admin/outbox"));
  const admin = await getTranslations("staff.admin");
  const t = await getTranslations("adminMail");
  const format = await getFormatter();
  const sp = await searchParams;
  const rows = await listOutboxProblems();
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "short", timeStyle: "short" }) : "–");
  const kindName = (kind: (typeof rows)[number]["kind"]) =>
    kind ? t(`kinds.${kind}.name`) : t("outbox.otherKind");

  return (
    <>
      <ErrorSummary
        title={t("outbox.errorSummaryTitle")}
        errors={first(sp.fel) === "notFound" ? [{ fieldId: "utkorg", message: t("outbox.notFound") }] : []}
      />
      <OkMessage text={first(sp.ok) === "retried" ? t("outbox.ok") : undefined} />
      <AdminNav
        label={admin("nav")}
        current="outbox"
        users={admin("users.title")}
        settings={admin("settings.title")}
      />
      <h1 id="utkorg" tabIndex={-1}>
        {t("outbox.title")}
      </h1>
      <p className="text-lg">{t("outbox.lead")}</p>
      {rows.length === 0 ? (
        <p>{t("outbox.empty")}</p>
      ) : (
        <div className="mt-6 overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t("outbox.caption")}</caption>
            <thead>
              <tr className="border-b-2 border-slate-700">
                {(
                  [
                    "kind",
                    "case",
                    "recipient",
                    "status",
                    "attempts",
                    "lastError",
                    "created",
                    "nextAttempt",
                    "actions",
                  ] as const
                ).map((col) => (
                  <th key={col} scope="col" className="p-2">
                    {t(`outbox.${col}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-slate-300 align-top">
                  <th scope="row" className="p-2 font-normal">
                    {kindName(row.kind)}
                  </th>
                  <td className="p-2">{row.caseNumber ?? t("outbox.noCase")}</td>
                  <td className="p-2 font-mono">{row.recipient}</td>
                  <td className="p-2">{t(`outbox.statuses.${row.status}`)}</td>
                  <td className="p-2">{row.attempts}</td>
                  <td className="p-2 break-words">{row.lastError ?? "–"}</td>
                  <td className="p-2">{when(row.createdAt)}</td>
                  <td className="p-2">{when(row.nextAttemptAt)}</td>
                  <td className="p-2">
                    {row.status === "FAILED" ? (
                      <form method="post" action={`/api/staff/admin/outbox/${row.id}/retry`}>
                        <input type="hidden" name="locale" value={locale} />
                        <SecondaryButton
                          type="submit"
                          aria-label={t("outbox.retryLabel", {
                            kind: kindName(row.kind),
                            recipient: row.recipient,
                          })}
                        >
                          {t("outbox.retry")}
                        </SecondaryButton>
                      </form>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
