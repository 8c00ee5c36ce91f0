import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("errors");
  const layout = await getTranslations("layout");
  const links = await getTranslations("links.newLink");
  return (
    <>
      <h1>{t("notFoundTitle")}</h1>
      <p>{t("notFoundText")}</p>
      {/* A status link replaced by a newer one lands here too. */}
      <p>
        <Link href="/ny-statuslank">{links("linkText")}</Link>
      </p>
      <p>
        <Link href="/">{layout("home")}</Link>
      </p>
    </>
  );
}
