import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import { EMAIL_KIND_NAMES, EMAIL_KINDS } from "@/lib/domain/email-kinds";
import { Link } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";
import { requireStaff } from "@/lib/server/auth/session";
import { customisedEmailTexts } from "@/lib/server/mail/email-texts";
import { asLocale, pagePath } from "@/lib/server/urls";
import { AdminNav } from "@/components/staff/admin/admin-nav";

type Props = PageProps<"/[locale]/staff/admin/email-texts">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "adminMail.list" });
  return { title: t("title"), robots: { index: false } };
}

export default async function EmailTextsPage({ params }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  await requireStaff("administer", pagePath(locale, "/staff/admin/email-texts"));
  const admin = await getTranslations("staff.admin");
  const t = await getTranslations("adminMail");
  const custom = await customisedEmailTexts();

  return (
    <>
      <AdminNav
        label={admin("nav")}
        current="emailTexts"
        users={admin("users.title")}
        settings={admin("settings.title")}
      />
      <h1>{t("list.title")}</h1>
      <p className="text-lg">{t("list.lead")}</p>
      <DataTable
        className="mt-6"
        caption={t("list.caption")}
        rows={EMAIL_KIND_NAMES}
        rowKey={(kind) => kind}
        columns={[
          {
            head: t("list.kind"),
            rowHeader: true,
            cell: (kind) => (
              <>
                <Link
                  href={{ pathname: "/staff/admin/email-texts/[kind]", params: { kind } }}
                  className="font-semibold"
                >
                  {t(`kinds.${kind}.name`)}
                </Link>
                <p className="mt-1 text-slate-700">{t(`kinds.${kind}.when`)}</p>
              </>
            ),
          },
          { head: t("list.audience"), cell: (kind) => t(`list.audiences.${EMAIL_KINDS[kind].audience}`) },
          ...routing.locales.map((l) => ({
            head: t(`list.${l}`),
            cell: (kind: (typeof EMAIL_KIND_NAMES)[number]) =>
              custom.has(`${kind}:${l}`) ? t("list.custom") : t("list.default"),
          })),
        ]}
      />
    </>
  );
}
