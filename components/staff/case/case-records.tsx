import { getFormatter, getTranslations } from "next-intl/server";
import { Entry, ItemList } from "@/components/item-list";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { CaseDetail } from "@/lib/server/staff/case-detail";

/** The files that came with the request. */
export async function CaseDocuments({ attachments }: { attachments: CaseDetail["attachments"] }) {
  const t = await getTranslations("staff");
  const format = await getFormatter();
  return (
    <section aria-labelledby="docs-h">
      <h2 id="docs-h">{t("case.documents")}</h2>
      <ItemList items={attachments} empty={t("case.noDocuments")} look="bullets">
        {(a) => (
          <>
            <a href={`/api/staff/files/${a.id}`}>{a.filename}</a> (
            {format.dateTime(a.createdAt, { dateStyle: "medium", timeStyle: "short" })})
          </>
        )}
      </ItemList>
    </section>
  );
}

/** What the consulted experts answered (or that they declared a conflict of interest). */
export async function CaseOpinions({ opinions }: { opinions: CaseDetail["opinions"] }) {
  const t = await getTranslations("staff");
  return (
    <section aria-labelledby="opinions-h">
      <h2 id="opinions-h">{t("case.opinions")}</h2>
      <ItemList items={opinions} empty={t("case.noOpinions")} look="marked" accent="border-slate-400">
        {(o) => (
          <Entry heading={o.expert.name}>
            <p className="mt-1">
              {o.hasConflict ? t("case.opinionConflict") : o.answer ? o.answer : t("case.opinionPending")}
            </p>
          </Entry>
        )}
      </ItemList>
    </section>
  );
}

/** The decision proposal, with links to its print page and PDF for those who read notes. */
export async function CaseProposal(props: {
  requestId: string;
  proposal: NonNullable<CaseDetail["proposal"]>;
  showDocuments: boolean;
  locale: Locale;
}) {
  const t = await getTranslations("staff");
  const { proposal, requestId } = props;
  return (
    <section aria-labelledby="proposal-h">
      <h2 id="proposal-h">{t("case.proposal")}</h2>
      {props.showDocuments && (
        <p className="flex flex-wrap gap-6">
          <Link href={{ pathname: "/staff/cases/[id]/forslag", params: { id: requestId } }}>
            {t("proposalDoc.printLink")}
          </Link>
          <a
            href={`/api/staff/cases/${requestId}/proposal-pdf${props.locale === "en" ? "?lang=en" : ""}`}
            download
          >
            {t("proposalDoc.pdfLink")}
          </a>
        </p>
      )}
      <p>
        <strong>{t("fields.recommended")}:</strong> {t(`recommended.${proposal.recommended}` as never)}
      </p>
      <p className="whitespace-pre-line">
        <strong>{t("fields.motivation")}:</strong> {proposal.motivation}
      </p>
      <p className="whitespace-pre-line">
        <strong>{t("fields.resources")}:</strong> {proposal.resources}
      </p>
      <ul className="mt-2 list-disc pl-6">
        {(proposal.criteria as { key: string; met: string; note: string }[]).map((c) => (
          <li key={c.key}>
            {t(`criteria.${c.key}` as never)}: {t(`met.${c.met}` as never)}
            {c.note ? ` – ${c.note}` : ""}
          </li>
        ))}
      </ul>
    </section>
  );
}
