import { getTranslations } from "next-intl/server";
import { PrimaryButton, SecondaryButton } from "@/components/form/buttons";
import { ErrorSummary } from "@/components/form/error-summary";
import { SelectField } from "@/components/form/field-kit";
import { VersionSection } from "@/components/signing/version-section";
import { can } from "@/lib/domain/permissions";
import { BackLink } from "@/components/back-link";
import { versionsPageData } from "@/lib/server/signing/page-data";
import { readFlash } from "@/lib/server/staff/flash";
import { recordRead } from "@/lib/server/records/read-log";
import { openPartnershipPage, staffMetadata } from "@/lib/server/staff/page";
import { inRow } from "@/components/form/filter-kit";

type Props = PageProps<"/[locale]/staff/partnerships/[id]/versions">;

export const generateMetadata = staffMetadata("signing.versions.pageTitle");

const FEL = ["ended", "notLatest", "alreadySigned", "conflict", "unchanged"] as const;

// The agreement's frozen versions: freeze the next one, send the latest for signing, compare two.
export default async function VersionsPage({ params, searchParams }: Props) {
  const { user, locale, id, data } = await openPartnershipPage(params, "/versions", versionsPageData);
  await recordRead({ staffId: user.id, entity: "agreement_version", entityId: id });
  const t = await getTranslations("signing");
  const sp = await searchParams;
  const flash = await readFlash(typeof sp.form === "string" ? sp.form : undefined);
  const canManage = can(user.roles, "managePartnerships");
  const fel = FEL.find((f) => f === sp.fel);
  const { latest, versions } = data;
  const next = (latest?.number ?? 0) + 1;
  const summary = flash
    ? Object.entries(flash.errors).map(([key, code]) => ({
        fieldId: `${flash.form}-${key}`,
        message: `${t.has(`versions.${key}` as never) ? `${t(`versions.${key}` as "versions.name")}: ` : ""}${t(`errors.${code}` as "errors.required")}`,
      }))
    : [];
  return (
    <>
      <BackLink href={{ pathname: "/staff/partnerships/[id]", params: { id } }}>
        {t("versions.back")}
      </BackLink>
      {fel && (
        <div id="fel" role="alert" tabIndex={-1} className="mb-6 border-4 border-red-700 p-4 font-semibold">
          {t(`errors.${fel}`)}
        </div>
      )}
      <ErrorSummary title={t("versions.errorTitle")} errors={summary} />
      {sp.ok === "frozen" && latest && (
        <p role="status" className="border-l-4 border-green-800 bg-green-50 p-3">
          {t("versions.frozenOk", { number: latest.number })}
        </p>
      )}
      {sp.ok === "sent" && (
        <p role="status" className="border-l-4 border-green-800 bg-green-50 p-3">
          {t("versions.sentOk")}
        </p>
      )}
      <h1>{t("versions.pageTitle")}</h1>
      <p className="text-lg">{data.partnership.title}</p>
      <p>
        <strong>{t("stateLabel")}:</strong>{" "}
        <span data-testid="signing-state">{t(`states.${data.state}`)}</span>
      </p>
      <p>{t("versions.lead")}</p>
      <p data-testid="draft-state">
        {!latest
          ? t("versions.none")
          : data.draftChanged
            ? t("versions.draftChanged", { number: latest.number, next })
            : t("versions.draftSame", { number: latest.number })}
      </p>
      {canManage && data.partnership.status !== "ENDED" && (
        <section aria-labelledby="freeze-h" className="mt-6">
          <h2 id="freeze-h">{t("versions.freezeHeading")}</h2>
          <form method="post" action={`/api/staff/partnerships/${id}/versions`}>
            <input type="hidden" name="locale" value={locale} />
            {latest && <p id="freeze-hint">{t("versions.freezeHint")}</p>}
            <PrimaryButton type="submit" aria-describedby={latest ? "freeze-hint" : undefined}>
              {t("versions.freezeButton", { number: next })}
            </PrimaryButton>
          </form>
        </section>
      )}
      {latest && (
        <section aria-labelledby="compare-h" className="mt-6">
          <h2 id="compare-h">{t("versions.compareHeading")}</h2>
          <form
            method="get"
            action={`${locale === "en" ? "/en" : ""}/staff/partnerships/${id}/versions/compare`}
          >
            <div className="flex flex-wrap items-end gap-4">
              {(["a", "b"] as const).map((which) => (
                <SelectField
                  key={which}
                  {...inRow}
                  width="narrow"
                  id={`compare-${which}`}
                  name={which}
                  label={t(which === "a" ? "versions.compareFrom" : "versions.compareTo")}
                  value={which === "a" ? String(latest.number) : "draft"}
                  options={[
                    ...versions.map((v) => ({
                      value: String(v.number),
                      label: t("versions.version", { number: v.number }),
                    })),
                    { value: "draft", label: t("versions.draftOption") },
                  ]}
                />
              ))}
              <SecondaryButton type="submit">{t("versions.compareButton")}</SecondaryButton>
            </div>
          </form>
        </section>
      )}
      <div id="signatures">
        {versions.map((v) => (
          <VersionSection
            key={v.number}
            partnershipId={id}
            version={v}
            isLatest={v.number === latest?.number}
            canSend={canManage}
            locale={locale}
            flash={flash}
          />
        ))}
      </div>
    </>
  );
}
