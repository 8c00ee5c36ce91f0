import { getTranslations } from "next-intl/server";
import { EMAIL_KIND_NAMES, EMAIL_KINDS } from "@/lib/domain/email-kinds";
import { Link } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";
import { customisedEmailTexts } from "@/lib/server/mail/email-texts";
import { AdminNav } from "@/components/staff/admin/admin-nav";
import { openStaffPage, staffMetadata } from "@/lib/server/staff/page";

type Props = PageProps<"/[locale]/staff/admin/email-texts">;

export const generateMetadata = staffMetadata("adminMail.list.title");

export default async function EmailTextsPage({ params }: Props) {
  await openStaffPage(params, "administer", "/staff/admin/email-texts");
  const t = await getTranslations("adminMail");
  const custom = await customisedEmailTexts();

  return (
    <>
      <AdminNav current="emailTexts" />
      <h1>{t("list.title")}</h1>
      <p className="text-lg">{t("list.lead")}</p>
      <div className="mt-6 overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t("list.caption")}</caption>
          <thead>
            <tr className="border-b-2 border-slate-700">
              <th scope="col" className="p-2">
                {t("list.kind")}
              </th>
              <th scope="col" className="p-2">
                {t("list.audience")}
              </th>
              {routing.locales.map((l) => (
                <th key={l} scope="col" className="p-2">
                  {t(`list.${l}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {EMAIL_KIND_NAMES.map((kind) => (
              <tr key={kind} className="border-b border-slate-300 align-top">
                <th scope="row" className="p-2 font-normal">
                  <Link
                    href={{ pathname: "/staff/admin/email-texts/[kind]", params: { kind } }}
                    className="font-semibold"
                  >
                    {t(`kinds.${kind}.name`)}
                  </Link>
                  <p className="mt-1 text-slate-700">{t(`kinds.${kind}.when`)}</p>
                </th>
                <td className="p-2">{t(`list.audiences.${EMAIL_KINDS[kind].audience}`)}</td>
                {routing.locales.map((l) => (
                  <td key={l} className="p-2">
                    {custom.has(`${kind}:${l}`) ? t("list.custom") : t("list.default")}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
