import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

// The site's "page does not exist" text. Private-link pages render it themselves for a link that does
// not (or no longer) work, rather than calling notFound(): Next.js sends a notFound() page only in its
// script payload, and these pages must work without JavaScript.
export async function NotFoundText() {
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
