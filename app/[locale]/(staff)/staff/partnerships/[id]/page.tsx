import { getFormatter, getTranslations } from "next-intl/server";
import { ErrorSummary } from "@/components/form/error-summary";
import {
  ContentSection,
  FollowUpSection,
  GoalsSection,
  PeriodSection,
  StatusSection,
  SteeringSection,
  TermsSection,
} from "@/components/partnerships/record-sections";
import { PartiesSection, PublishingSection } from "@/components/partnerships/parties-and-publishing";
import { AgreementSection } from "@/components/partnerships/agreement-section";
import { can } from "@/lib/domain/permissions";
import { Link } from "@/lib/i18n/navigation";
import { partnershipDetail } from "@/lib/server/partnerships/queries";
import { partnershipSigningState } from "@/lib/server/signing/gate";
import { readFlash } from "@/lib/server/staff/flash";
import { recordRead } from "@/lib/server/records/read-log";
import { openPartnershipPage, staffMetadata } from "@/lib/server/staff/page";

type Props = PageProps<"/[locale]/staff/partnerships/[id]">;

export const generateMetadata = staffMetadata("partnerships.record.pageTitle");

// The whole record of one partnership, each part its own form (post/redirect/get, versioned).
export default async function PartnershipPage({ params, searchParams }: Props) {
  const { user, locale, id, data: p } = await openPartnershipPage(params, "", partnershipDetail);
  await recordRead({ staffId: user.id, entity: "partnership", entityId: p.id, caseId: p.requestId });
  const t = await getTranslations("partnerships");
  const tm = await getTranslations("money");
  const ts = await getTranslations("signing");
  const signing = await partnershipSigningState(p.id);
  const tk = t as unknown as (key: string) => string;
  const partner = await getTranslations("partner.staff");
  const format = await getFormatter();
  const sp = await searchParams;
  const flash = await readFlash(typeof sp.form === "string" ? sp.form : undefined);
  const ok = typeof sp.ok === "string" ? sp.ok : undefined;
  const ctx = { p, locale, canManage: can(user.roles, "managePartnerships"), flash, ok };
  const banner =
    sp.fel === "conflict"
      ? t("record.conflict")
      : sp.fel === "lastOfSide" || sp.fel === "partyHasBudget"
        ? tk(`errors.${sp.fel}`)
        : sp.fel === "notSigned" || sp.fel === "notFrozen"
          ? ts(`errors.${sp.fel}`)
          : undefined;
  const summary = flash
    ? Object.entries(flash.errors).map(([key, code]) => ({
        fieldId: `${flash.form}-${key}`,
        // The summary names the field, so each line makes sense on its own.
        message: `${t.has(`record.fields.${key}` as never) ? `${tk(`record.fields.${key}`)}: ` : ""}${tk(`errors.${code}`)}`,
      }))
    : [];
  const pdfHref = `/api/staff/partnerships/${id}/agreement-pdf${locale === "en" ? "?lang=en" : ""}`;

  return (
    <>
      <p className="mt-0">
        <Link href="/staff/partnerships">{t("record.back")}</Link>
      </p>
      {banner && (
        <div id="fel" role="alert" tabIndex={-1} className="mb-6 border-4 border-red-700 p-4 font-semibold">
          {banner}
        </div>
      )}
      <ErrorSummary title={t("record.errorTitle")} errors={summary} />
      {(ok === "created" || ok === "fromRequest") && (
        <p role="status" className="border-l-4 border-green-800 bg-green-50 p-3">
          {t("record.created")}
        </p>
      )}
      <h1>{p.title}</h1>
      <p>
        <strong>{t("record.fields.status")}:</strong>{" "}
        <span data-testid="partnership-status">{t(`statuses.${p.status}`)}</span>
        {" · "}
        <strong>{ts("stateLabel")}:</strong>{" "}
        <span data-testid="partnership-signing">{ts(`states.${signing.state}`)}</span>
        {p.request && (
          <>
            {" · "}
            <Link href={{ pathname: "/staff/cases/[id]", params: { id: p.request.id } }}>
              {t("record.fromRequest", { number: p.request.registrationNumber ?? "" })}
            </Link>
          </>
        )}
      </p>
      {!ctx.canManage && <p>{t("record.readOnly")}</p>}
      <nav aria-label={t("record.links")}>
        <ul className="flex flex-wrap gap-6">
          <li>
            <Link href={{ pathname: "/staff/partnerships/[id]/budget", params: { id } }}>
              {t("record.budgetLink")}
            </Link>
          </li>
          <li>
            <Link href={{ pathname: "/staff/partnerships/[id]/money", params: { id } }}>{tm("link")}</Link>
          </li>
          <li>
            <Link href={{ pathname: "/staff/partnerships/[id]/agreement", params: { id } }}>
              {t("record.agreementLink")}
            </Link>
          </li>
          <li>
            <Link href={{ pathname: "/staff/partnerships/[id]/versions", params: { id } }}>{ts("link")}</Link>
          </li>
          <li>
            <a href={pdfHref} download>
              {t("record.pdfLink")}
            </a>
          </li>
          <li>
            <Link href={{ pathname: "/staff/partnerships/[id]/follow-ups", params: { id } }}>
              {t("record.followUpsLink")}
            </Link>
          </li>
          <li>
            <Link href={{ pathname: "/staff/partnerships/[id]/partner-reports", params: { id } }}>
              {partner("navLink")}
            </Link>
          </li>
          {p.publishedAt && (
            <li>
              <Link href={{ pathname: "/samarbeten/[id]", params: { id } }}>
                {t("record.fields.registerLink")}
              </Link>
            </li>
          )}
        </ul>
      </nav>
      <PartiesSection {...ctx} />
      <ContentSection {...ctx} />
      <GoalsSection {...ctx} />
      <PeriodSection {...ctx} />
      <SteeringSection {...ctx} />
      <FollowUpSection {...ctx} />
      <TermsSection {...ctx} />
      <AgreementSection {...ctx} />
      <StatusSection {...ctx} />
      <PublishingSection
        {...ctx}
        dateText={p.publishedAt ? format.dateTime(p.publishedAt, { dateStyle: "long" }) : null}
      />
    </>
  );
}
