import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { titleMetadata } from "@/lib/server/page-metadata";

export const generateMetadata = titleMetadata("intake.linkInvalidTitle");

export default async function LinkInvalidPage({
  params,
}: PageProps<"/[locale]/forfragan/lanken-fungerar-inte">) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("intake");
  return (
    <>
      <h1>{t("linkInvalidTitle")}</h1>
      <p className="text-lg">{t("linkInvalidText")}</p>
      <p>
        <Link href="/forfragan">{t("startTitle")}</Link>
      </p>
    </>
  );
}
