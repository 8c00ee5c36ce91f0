import { getTranslations } from "next-intl/server";
import { Notice } from "./notice";

// The site's "page does not exist" text. Private-link pages render it themselves for a link that does
// not (or no longer) work, rather than calling notFound(): Next.js sends a notFound() page only in its
// script payload, and these pages must work without JavaScript.
export async function NotFoundText() {
  const t = await getTranslations("errors");
  const layout = await getTranslations("layout");
  const links = await getTranslations("links.newLink");
  return (
    // A status link replaced by a newer one lands here too, hence the way to a new status link.
    <Notice
      title={t("notFoundTitle")}
      text={t("notFoundText")}
      links={[
        { href: "/ny-statuslank", label: links("linkText") },
        { href: "/", label: layout("home") },
      ]}
    />
  );
}
