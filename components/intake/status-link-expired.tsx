import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

// What an expired status link shows (lib/domain/status-link.ts): when the case ended, that the
// link has stopped working, and how to ask the municipality for the case instead.
export async function StatusLinkExpired(props: { endedAt: Date; days: number; contactEmail: string }) {
  const t = await getTranslations("links.expired");
  const format = await getFormatter();
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="text-lg">
        {t("text", { date: format.dateTime(props.endedAt, { dateStyle: "long" }), days: props.days })}
      </p>
      <h2>{t("askHeading")}</h2>
      <p>
        {t.rich("ask", {
          email: props.contactEmail,
          mail: (chunks) => <a href={`mailto:${props.contactEmail}`}>{chunks}</a>,
        })}
      </p>
      <p>
        <Link href="/">{t("home")}</Link>
      </p>
    </>
  );
}
