import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import { EMAIL_KIND_NAMES, EMAIL_KINDS } from "@/lib/domain/email-kinds";
import { Link } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";
import { customisedEmailTexts } from "@/lib/server/mail/email-texts";
import { AdminNav } from "@/components/staff/admin/admin-nav";
import { openStaffPage, staffMetadata } from "@/lib/server/staff/page";

type Props = PageProps<"/[locale]/staff/admin/email-texts">;

export const generateMetadata = staffMetadata("adminMail.list.title");

export default async function EmailTextsPage({ params }: Props) {
  const { t } = await openStaffPage(params, "administer", "/staff/admin/email-texts", "adminMail");
  const custom = await customisedEmailTexts();
  const kindText = await getTranslations("email.kinds");

  return (
    <>
      <AdminNav current="emailTexts" />
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
                  {kindText(`${kind}.name`)}
                </Link>
                <p className="mt-1 text-slate-700">{kindText(`${kind}.when`)}</p>
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
