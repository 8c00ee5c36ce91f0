import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

// A partner link that is unknown, replaced by a newer one, or (on the report form) past its end:
// say so and point to the page that sends a new link. Rendered by the page itself rather than through
// notFound(), whose page Next.js sends only in its script payload: this one must work without JavaScript.
export async function PartnerLinkNotFound() {
  const t = await getTranslations("partner.linkNotFound");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="text-lg">{t("text")}</p>
      <p>
        <Link href="/samarbete/ny-lank">{t("newLink")}</Link>
      </p>
      <p>
        <Link href="/">{t("home")}</Link>
      </p>
    </>
  );
}
