import type { ComponentProps } from "react";
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
import { BackLink } from "@/components/back-link";
import { partnershipDetail } from "@/lib/server/partnerships/queries";
import { partnershipSigningState } from "@/lib/server/signing/gate";
import { readFlash } from "@/lib/server/staff/flash";
import { recordRead } from "@/lib/server/records/read-log";
import { openPartnershipPage, staffMetadata } from "@/lib/server/staff/page";

type Props = PageProps<"/[locale]/staff/partnerships/[id]">;

// The parts of the record in the order they stand; publishing, last, also needs its date.
const RECORD_SECTIONS = [
  PartiesSection,
  ContentSection,
  GoalsSection,
  PeriodSection,
  SteeringSection,
  FollowUpSection,
  TermsSection,
  AgreementSection,
  StatusSection,
];

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
  // The record's other pages, its agreement as a file, and its page in the public register.
  const page = (sub: "budget" | "money" | "agreement" | "versions" | "follow-ups" | "partner-reports") =>
    ({ pathname: `/staff/partnerships/[id]/${sub}`, params: { id } }) as const;
  const links: ({ label: string } & ({ href: ComponentProps<typeof Link>["href"] } | { file: string }))[] = [
    { href: page("budget"), label: t("record.budgetLink") },
    { href: page("money"), label: tm("link") },
    { href: page("agreement"), label: t("record.agreementLink") },
    { href: page("versions"), label: ts("link") },
    { file: pdfHref, label: t("record.pdfLink") },
    { href: page("follow-ups"), label: t("record.followUpsLink") },
    { href: page("partner-reports"), label: partner("navLink") },
    ...(p.publishedAt
      ? [
          {
            href: { pathname: "/samarbeten/[id]", params: { id } } as const,
            label: t("record.fields.registerLink"),
          },
        ]
      : []),
  ];

  return (
    <>
      <BackLink href="/staff/partnerships">{t("record.back")}</BackLink>
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
          {links.map(({ label, ...to }) => (
            <li key={label}>
              {"file" in to ? (
                <a href={to.file} download>
                  {label}
                </a>
              ) : (
                <Link href={to.href}>{label}</Link>
              )}
            </li>
          ))}
        </ul>
      </nav>
      {RECORD_SECTIONS.map((Section, i) => (
        <Section key={i} {...ctx} />
      ))}
      <PublishingSection
        {...ctx}
        dateText={p.publishedAt ? format.dateTime(p.publishedAt, { dateStyle: "long" }) : null}
      />
    </>
  );
}
