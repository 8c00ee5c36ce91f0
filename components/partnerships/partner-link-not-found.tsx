import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/layout/notice";

// A partner link that is unknown, replaced by a newer one, or (on the report form) past its end:
// say so and point to the page that sends a new link. Rendered by the page itself rather than through
// notFound(), whose page Next.js sends only in its script payload: this one must work without JavaScript.
export async function PartnerLinkNotFound() {
  const t = await getTranslations("partner.linkNotFound");
  return (
    <Notice
      title={t("title")}
      text={t("text")}
      large
      links={[
        { href: "/samarbete/ny-lank", label: t("newLink") },
        { href: "/", label: t("home") },
      ]}
    />
  );
}
