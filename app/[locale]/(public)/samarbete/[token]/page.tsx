import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { buttonLinkClass } from "@/components/form/buttons";
import { PartnerLinkNotFound } from "@/components/partnerships/partner-link-not-found";
import { PartnerBudget, PartnerReports, PartnerSchedule } from "@/components/partnerships/partner-page-parts";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { partnerLinkAccess } from "@/lib/server/partnerships/partner-link";
import { latestSignedAgreement } from "@/lib/server/signing/versions";
import { partnerView } from "@/lib/server/partnerships/partner-view";
import { titleMetadata } from "@/lib/server/page-metadata";

type Props = PageProps<"/[locale]/samarbete/[token]">;

// A private page: never indexed. The title names no partnership, so a shared screen tells little.
export const generateMetadata = titleMetadata("partner.page.title", {
  extra: { robots: { index: false, follow: false } },
});

// What a civil-society party's contact sees through their partner link: the agreement, the budget per
// party, the follow-up schedule and their reports (lib/server/partnerships/partner-view.ts).
export default async function PartnerPage(props: Props) {
  const { locale, token } = await props.params;
  setRequestLocale(locale);
  const t = await getTranslations("partner.page");
  const format = await getFormatter();
  const access = await partnerLinkAccess(token);
  if (access.state === "expired")
    return (
      <>
        <h1>{t("expiredTitle")}</h1>
        <p className="text-lg">
          {t("expiredText", { date: format.dateTime(access.expiresAt, { dateStyle: "long" }) })}
        </p>
        <p>
          <Link href="/samarbete/ny-lank">{t("newLink")}</Link>
        </p>
      </>
    );
  const view = access.state === "open" ? await partnerView(access.partyId, access.partnershipId) : null;
  if (access.state !== "open" || !view) return <PartnerLinkNotFound />;
  const sp = await props.searchParams;
  const pdf = `/api/partner/${token}/agreement-pdf${locale === "en" ? "?lang=en" : ""}`;
  const signed = await latestSignedAgreement(access.partnershipId);
  return (
    <>
      {sp.ok === "submitted" && (
        <p role="status" className="border-l-4 border-green-800 bg-green-50 p-3">
          {t("submitted")}
        </p>
      )}
      <p className="mb-0 text-lg">{t("title")}</p>
      <h1 className="mt-1">{view.partnership.title}</h1>
      <p>{t("lead", { party: view.party.name, municipality: view.partnership.municipality })}</p>
      <section aria-labelledby="agreement-h">
        <h2 id="agreement-h">{t("agreement")}</h2>
        {view.partnership.purpose && <p>{view.partnership.purpose}</p>}
        <p>
          <a href={pdf} download>
            {signed ? t("signedPdf", { number: signed.number }) : t("agreementPdf")}
          </a>
        </p>
      </section>
      <PartnerBudget view={view} locale={locale as Locale} />
      <PartnerSchedule view={view} />
      <section aria-labelledby="reports-h">
        <h2 id="reports-h">{t("reports")}</h2>
        {view.periods.length > 0 ? (
          <p>
            <Link
              className={buttonLinkClass}
              href={{ pathname: "/samarbete/[token]/rapport", params: { token } }}
            >
              {t("newReport")}
            </Link>
          </p>
        ) : (
          <p>{t("nothingToReport")}</p>
        )}
        <PartnerReports view={view} />
      </section>
    </>
  );
}
