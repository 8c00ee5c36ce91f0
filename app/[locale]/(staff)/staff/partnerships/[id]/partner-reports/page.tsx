import { getFormatter, getTranslations } from "next-intl/server";
import { SecondaryButton } from "@/components/form/buttons";
import { ErrorSummary } from "@/components/form/error-summary";
import { StaffPartnerReport } from "@/components/partnerships/staff-partner-report";
import { can } from "@/lib/domain/permissions";
import { BackLink } from "@/components/back-link";
import type { Locale } from "@/lib/i18n/routing";
import { partnerReportsForStaff } from "@/lib/server/partnerships/partner-reports";
import { readFlash } from "@/lib/server/staff/flash";
import { recordRead } from "@/lib/server/records/read-log";
import { openPartnershipPage, staffMetadata } from "@/lib/server/staff/page";
import { SelectField } from "@/components/form/field-kit";
import { inRow } from "@/components/form/filter-kit";
import { PostForm } from "@/components/form/post-form";

type Props = PageProps<"/[locale]/staff/partnerships/[id]/partner-reports">;
const ERRORS = ["noContact", "notCivilSociety", "alreadyReviewed", "budgetChanged"] as const;

export const generateMetadata = staffMetadata("partner.staff.title");

// Partner links and follow-up reports of one partnership: send a contact their link, accept a report
// or return it with a comment.
export default async function PartnerReportsPage({ params, searchParams }: Props) {
  const { user, locale, id, data } = await openPartnershipPage(
    params,
    "/partner-reports",
    partnerReportsForStaff,
  );
  await recordRead({ staffId: user.id, entity: "partner_report", entityId: id });
  const t = await getTranslations("partner.staff");
  const format = await getFormatter();
  const sp = await searchParams;
  const canManage = can(user.roles, "managePartnerships");
  const flash = await readFlash(typeof sp.form === "string" ? sp.form : undefined);
  const error = ERRORS.find((e) => e === sp.fel);
  const summary = [
    ...(error
      ? [
          {
            fieldId: error === "alreadyReviewed" || error === "budgetChanged" ? "rapporter" : "kontakter",
            message: t(`errors.${error}`),
          },
        ]
      : []),
    ...(flash?.errors.comment
      ? [{ fieldId: `${flash.form}-comment`, message: t(`errors.${flash.errors.comment}` as never) }]
      : []),
  ];
  const ok = typeof sp.ok === "string" && ["linkSent", "accepted", "returned"].includes(sp.ok) ? sp.ok : null;
  return (
    <>
      <BackLink href={{ pathname: "/staff/partnerships/[id]", params: { id } }}>{t("back")}</BackLink>
      <ErrorSummary title={t("errorTitle")} errors={summary} />
      {ok && (
        <p role="status" className="border-l-4 border-green-800 bg-green-50 p-3">
          {t(`ok.${ok}` as never)}
        </p>
      )}
      <h1>{t("title")}</h1>
      <p className="text-lg">{data.title}</p>
      <section aria-labelledby="kontakter-h" id="kontakter">
        <h2 id="kontakter-h">{t("contacts")}</h2>
        <p>{t("contactsLead")}</p>
        {data.parties.map((party) => (
          <div key={party.id} className="mt-4 border-l-4 border-slate-300 pl-4">
            <h3 className="mt-0">{party.name}</h3>
            <p>
              {party.contactEmail ? `${party.contactName ?? ""} <${party.contactEmail}>` : t("noContact")}
              <br />
              {party.partnerLink
                ? t("linkState", {
                    sent: format.dateTime(party.partnerLink.createdAt, { dateStyle: "long" }),
                    expires: format.dateTime(party.partnerLink.expiresAt, { dateStyle: "long" }),
                  })
                : t("noLink")}
            </p>
            {canManage && party.contactEmail && (
              <PostForm
                action={`/api/staff/partnerships/${id}/partner-link`}
                hidden={{ partyId: party.id }}
                className="flex flex-wrap items-end gap-4"
              >
                <SelectField
                  {...inRow}
                  id={`mail-locale-${party.id}`}
                  name="mailLocale"
                  label={t("mailLocale")}
                  value="sv"
                  options={[
                    { value: "sv", label: "Svenska" },
                    { value: "en", label: "English" },
                  ]}
                />
                <SecondaryButton type="submit">{party.partnerLink ? t("resend") : t("send")}</SecondaryButton>
              </PostForm>
            )}
          </div>
        ))}
      </section>
      <section aria-labelledby="rapporter-h" id="rapporter" tabIndex={-1}>
        <h2 id="rapporter-h">{t("reports")}</h2>
        {data.partnerReports.length === 0 && <p>{t("noReports")}</p>}
        {data.partnerReports.map((r) => (
          <StaffPartnerReport
            key={r.id}
            report={r}
            data={data}
            canManage={canManage}
            locale={locale as Locale}
            flash={flash}
          />
        ))}
      </section>
    </>
  );
}
