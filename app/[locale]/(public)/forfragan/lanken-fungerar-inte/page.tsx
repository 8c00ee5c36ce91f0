import { getTranslations, setRequestLocale } from "next-intl/server";
import { Notice } from "@/components/layout/notice";
import { titleMetadata } from "@/lib/server/page-metadata";

export const generateMetadata = titleMetadata("intake.linkInvalidTitle");

export default async function LinkInvalidPage({
  params,
}: PageProps<"/[locale]/forfragan/lanken-fungerar-inte">) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("intake");
  return (
    <Notice
      title={t("linkInvalidTitle")}
      text={t("linkInvalidText")}
      large
      links={[{ href: "/forfragan", label: t("startTitle") }]}
    />
  );
}
