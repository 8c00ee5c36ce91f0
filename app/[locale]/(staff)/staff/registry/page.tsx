import { getTranslations } from "next-intl/server";
import { PrimaryButton } from "@/components/form/buttons";
import { ErrorSummary } from "@/components/form/error-summary";
import { FieldHelp } from "@/components/form/field-kit";
import { CaseList } from "@/components/records/case-list";
import { PartnershipArchiveList } from "@/components/records/partnership-archive-list";
import { can } from "@/lib/domain/permissions";
import { findCasesByNumber, recentlyClosedCases } from "@/lib/server/records/documents";
import { endedPartnerships } from "@/lib/server/records/partnership-archive";
import { readFlash } from "@/lib/server/staff/flash";
import { openStaffPage, staffMetadata } from "@/lib/server/staff/page";

type Props = PageProps<"/[locale]/staff/registry">;

export const generateMetadata = staffMetadata("records.registry.title");

// The registrar's way in: find a case by its registration number (no personal data, so a GET
// search), or pick one of the latest closed cases to archive.
export default async function RegistryPage({ params, searchParams }: Props) {
  const { user, locale, t } = await openStaffPage(params, "readCaseDocuments", "/staff/registry", "records");
  const status = await getTranslations("status");
  const staff = await getTranslations("staff");
  const sp = await searchParams;
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
  const query = one(sp.nr);
  const mayArchive = can(user.roles, "exportArchive");
  const [found, closed, ended, flash] = await Promise.all([
    findCasesByNumber(query),
    recentlyClosedCases(),
    mayArchive ? endedPartnerships() : [],
    readFlash(one(sp.form) || undefined),
  ]);
  const date = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "sv-SE", {
    dateStyle: "short",
    timeZone: "Europe/Stockholm",
  });
  const columns = {
    number: t("registry.columns.number"),
    subject: t("registry.columns.subject"),
    received: t("registry.columns.received"),
    state: t("registry.columns.state"),
  };
  const rows = (list: typeof found) =>
    list.map((r) => ({
      id: r.id,
      number: r.registrationNumber ?? "",
      subject: r.subject ?? "",
      received: r.receivedAt ? date.format(r.receivedAt) : "",
      state: r.outcome ? status(`outcome.${r.outcome}`) : t("registry.open"),
    }));

  return (
    <>
      <ErrorSummary
        title={staff("admin.errorSummaryTitle")}
        errors={flash ? [{ fieldId: "partnerships-h", message: t("archive.partnershipNotEnded") }] : []}
      />
      <h1>{t("registry.title")}</h1>
      <p className="max-w-3xl text-lg">{t("registry.lead")}</p>
      <form method="get" role="search" aria-label={t("registry.search")} className="mt-4">
        <label htmlFor="nr" className="block text-lg font-semibold">
          {t("registry.search")}
        </label>
        <FieldHelp id="nr" label={t("registry.search")} hint={t("registry.searchHint")} />
        <div className="mt-2 flex flex-wrap gap-3">
          <input
            id="nr"
            name="nr"
            type="text"
            defaultValue={query}
            aria-describedby="nr-hint"
            className="block w-64 rounded border-2 border-slate-700 px-3 py-2"
          />
          <PrimaryButton type="submit">{t("registry.submit")}</PrimaryButton>
        </div>
      </form>
      {query && (
        <section aria-labelledby="results-h" className="mt-8">
          <h2 id="results-h">{t("registry.results")}</h2>
          {found.length === 0 ? (
            <p role="status">{t("registry.noResults")}</p>
          ) : (
            <CaseList caption={t("registry.results")} columns={columns} rows={rows(found)} />
          )}
        </section>
      )}
      <section aria-labelledby="closed-h" className="mt-8">
        <h2 id="closed-h">{t("registry.closed")}</h2>
        {closed.length === 0 ? (
          <p>{t("registry.noneClosed")}</p>
        ) : (
          <CaseList caption={t("registry.closed")} columns={columns} rows={rows(closed)} />
        )}
      </section>
      {mayArchive && (
        <section aria-labelledby="partnerships-h" className="mt-8">
          <h2 id="partnerships-h" tabIndex={-1}>
            {t("registry.partnerships")}
          </h2>
          <p className="max-w-3xl">{t("registry.partnershipsLead")}</p>
          {ended.length === 0 ? (
            <p>{t("registry.noPartnerships")}</p>
          ) : (
            <PartnershipArchiveList
              caption={t("registry.partnerships")}
              locale={locale}
              columns={{
                title: t("registry.partnershipColumns.title"),
                ended: t("registry.partnershipColumns.ended"),
                archive: t("registry.partnershipColumns.archive"),
              }}
              rows={ended.map((p) => ({
                id: p.id,
                title: p.title,
                ended: p.endDate ? date.format(p.endDate) : String(p.endYear ?? ""),
              }))}
              submit={(title) => t("registry.partnershipSubmit", { title })}
            />
          )}
        </section>
      )}
    </>
  );
}
