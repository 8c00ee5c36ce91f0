import { getFormatter, getTranslations } from "next-intl/server";
import { DescriptionList } from "@/components/description-list";
import { DataTable } from "@/components/data-table";
import type { Flash } from "@/lib/server/staff/flash";
import type { VersionsPageData } from "@/lib/server/signing/page-data";
import { SendForm } from "./send-form";

// One frozen version on the staff page: its hash and PDFs, each party's signatory and state, and
// (for the latest unsigned version) the forms that send the signing links.

type Version = VersionsPageData["versions"][number];

export async function VersionSection({
  partnershipId,
  version,
  isLatest,
  canSend,
  locale,
  flash,
}: {
  partnershipId: string;
  version: Version;
  isLatest: boolean;
  canSend: boolean;
  locale: string;
  flash: Flash | null;
}) {
  const t = await getTranslations("signing.versions");
  const te = await getTranslations("signing.errors");
  const format = await getFormatter();
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const n = version.number;
  const base = `/api/staff/partnerships/${partnershipId}/versions/${n}`;
  const now = new Date();
  return (
    <section
      aria-labelledby={`v${n}-h`}
      className="mt-8 border-t border-slate-300 pt-4"
      data-testid={`version-${n}`}
    >
      <h2 id={`v${n}-h`}>
        {t("version", { number: n })}
        {isLatest && ` (${t("latest")})`}
      </h2>
      <DescriptionList
        items={[
          { term: t("frozenAt"), value: when(version.frozenAt) },
          {
            term: t("sha256"),
            value: version.sha256,
            className: "break-all font-mono text-sm",
            testId: `sha-${n}`,
          },
          !!version.signedSha256 && {
            term: t("signedSha256"),
            value: version.signedSha256,
            className: "break-all font-mono text-sm",
            testId: `signed-sha-${n}`,
          },
        ]}
      />
      <ul className="mt-3">
        <li>
          <a href={`${base}/pdf`} download>
            {t("pdf", { number: n })}
          </a>
        </li>
        {version.signedSha256 && (
          <li>
            <a href={`${base}/pdf?signed=1`} download>
              {t("signedPdf", { number: n })}
            </a>
          </li>
        )}
      </ul>
      <DataTable
        dense
        className="mt-4"
        caption={t("signaturesOf", { number: n })}
        showCaption
        rows={version.parties.map((party) => ({
          party,
          s: version.signatures.find((x) => x.partyId === party.id),
        }))}
        rowKey={(r) => r.party.id}
        rowProps={(r) => ({ "data-testid": `signature-${r.party.side}` })}
        columns={[
          { head: t("party"), cell: (r) => r.party.name },
          { head: t("signatory"), cell: ({ s }) => (s ? `${s.name}, ${s.role} (${s.email})` : "–") },
          {
            head: t("status"),
            cell: ({ s }) =>
              !s
                ? t("statusNotSent")
                : s.signedAt
                  ? t("statusSigned", { date: when(s.signedAt), name: s.signedName ?? s.name })
                  : s.cancelledAt
                    ? t("statusCancelled")
                    : s.expiresAt <= now
                      ? t("statusExpired")
                      : t("statusSent", { date: when(s.sentAt), expires: when(s.expiresAt) }),
          },
        ]}
      />
      {isLatest &&
        canSend &&
        !version.completedAt &&
        version.parties.map((party) => {
          const s = version.signatures.find((x) => x.partyId === party.id);
          if (s?.signedAt) return null;
          const mine = flash?.form === `send-${party.id}` ? flash : null;
          const values = mine
            ? Object.fromEntries(Object.entries(mine.values).map(([k, v]) => [k, v[0] ?? ""]))
            : { name: s?.name ?? "", role: s?.role ?? "", email: s?.email ?? "" };
          const errors = Object.fromEntries(
            Object.entries(mine?.errors ?? {}).map(([k, code]) => [k, te(code as "required")]),
          );
          return (
            <SendForm
              key={party.id}
              action={`${base}/send`}
              locale={locale}
              partyId={party.id}
              values={values}
              errors={errors}
              text={{
                heading: t(s ? "resendHeading" : "sendHeading", { party: party.name }),
                name: t("name"),
                role: t("role"),
                email: t("email"),
                mailLocale: t("mailLocale"),
                localeSv: t("localeSv"),
                localeEn: t("localeEn"),
                button: t("sendButton"),
              }}
            />
          );
        })}
    </section>
  );
}
