import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ErrorSummary } from "@/components/form/error-summary";
import { CaseDocumentsTable } from "@/components/records/case-documents-table";
import { ArchiveForm, ReleaseForms } from "@/components/records/release-forms";
import { documentNumber, isArchivable } from "@/lib/domain/case-documents";
import { can } from "@/lib/domain/permissions";
import { Link } from "@/lib/i18n/navigation";
import { requireStaff } from "@/lib/server/auth/session";
import { caseDocuments } from "@/lib/server/records/documents";
import { recordRead } from "@/lib/server/records/read-log";
import { readFlash } from "@/lib/server/staff/flash";
import { asLocale, pagePath } from "@/lib/server/urls";
import { first } from "@/lib/server/staff/page";

type Props = PageProps<"/[locale]/staff/cases/[id]/documents">;

const here = (locale: string, id: string) =>
  pagePath(asLocale(locale), { pathname: "/staff/cases/[id]/documents", params: { id } });

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  await requireStaff("readCaseDocuments", here(locale, id));
  const t = await getTranslations({ locale, namespace: "records" });
  const found = await caseDocuments(id);
  return {
    title: found ? t("documents.title", { number: found.request.registrationNumber }) : "404",
    robots: { index: false },
  };
}

// The register of a case's documents: what a registrar, lots or the director reads and releases for
// a public-records request; lots marks secrecy here; the archive package is made here once closed.
export default async function CaseDocumentsPage({ params, searchParams }: Props) {
  const { locale: raw, id } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  const { user } = await requireStaff("readCaseDocuments", here(locale, id));
  const found = await caseDocuments(id);
  if (!found) notFound();
  await recordRead({ staffId: user.id, entity: "document", entityId: id, caseId: id });
  const { request, documents } = found;
  const t = await getTranslations("records");
  const staff = await getTranslations("staff");
  const sp = await searchParams;
  const flash = await readFlash(first(sp.form));
  const date = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "sv-SE", {
    dateStyle: "short",
    timeZone: "Europe/Stockholm",
  });
  const num = (n: number) => documentNumber(request.registrationNumber, n);
  const failedMarking = flash?.form.startsWith("marking-")
    ? {
        documentId: flash.form.slice("marking-".length),
        values: flash.values,
        error: t(`marking.errors.${Object.values(flash.errors)[0] ?? "choose"}` as never),
      }
    : null;
  const failedDoc = documents.find((d) => d.id === failedMarking?.documentId);
  const summary = [
    ...(failedMarking && failedDoc
      ? [
          {
            fieldId: `doc-${failedDoc.id}-${flash!.errors.paragraph ? "paragraph" : "none"}`,
            message: failedMarking.error,
          },
        ]
      : []),
    ...(flash?.form === "single" ? [{ fieldId: "single-reviewed", message: t("export.refusedSecret") }] : []),
    ...(flash?.form === "archive" ? [{ fieldId: "archive", message: t("archive.notClosed") }] : []),
  ];

  return (
    <>
      <p className="mt-0">
        {can(user.roles, "viewAllCases") ? (
          <Link href={{ pathname: "/staff/cases/[id]", params: { id } }}>{t("documents.back")}</Link>
        ) : (
          <Link href="/staff/registry">{t("registry.title")}</Link>
        )}
      </p>
      <ErrorSummary title={staff("admin.errorSummaryTitle")} errors={summary} />
      <h1>{t("documents.title", { number: request.registrationNumber })}</h1>
      <p className="text-lg">{request.subject}</p>
      <p className="max-w-3xl">{t("documents.lead")}</p>
      {first(sp.ok) === "marking" && (
        <p role="status" className="font-semibold">
          {t("marking.saved")}
        </p>
      )}
      {documents.length === 0 ? (
        <p>{t("documents.empty")}</p>
      ) : (
        <CaseDocumentsTable
          requestId={id}
          locale={locale}
          caption={t("documents.caption")}
          columns={{
            number: t("documents.columns.number"),
            date: t("documents.columns.date"),
            direction: t("documents.columns.direction"),
            counterpart: t("documents.columns.counterpart"),
            description: t("documents.columns.description"),
            marking: t("documents.columns.marking"),
          }}
          rows={documents.map((d) => ({
            id: d.id,
            number: num(d.number),
            date: date.format(d.registeredAt),
            direction: t(`documents.directions.${d.direction}`),
            counterpart: d.counterpart,
            description: d.description,
            marking: d.secrecy ? t("documents.marked", { paragraph: d.secrecy }) : t("documents.noMarking"),
            secrecy: d.secrecy,
          }))}
          marking={
            can(user.roles, "markDocumentSecrecy")
              ? {
                  legend: (number) => t("marking.legend", { number }),
                  none: t("marking.none"),
                  osl: t("marking.osl"),
                  paragraph: t("marking.paragraph"),
                  paragraphHint: t("marking.paragraphHint"),
                  save: (number) => t("marking.save", { number }),
                }
              : undefined
          }
          failed={failedMarking}
        />
      )}
      {can(user.roles, "exportCaseDocuments") && (
        <ReleaseForms
          requestId={id}
          documents={documents.map((d) => ({
            id: d.id,
            label: `${num(d.number)} ${d.description}${d.secrecy ? ` (${d.secrecy})` : ""}`,
          }))}
          text={{
            heading: t("export.heading"),
            lead: t("export.lead"),
            reviewed: t("export.reviewed"),
            list: t("export.list"),
            csv: t("export.csv"),
            pdf: t("export.pdf"),
            single: t("export.single"),
            document: t("export.document"),
            downloadOne: t("export.downloadOne"),
            singleError: flash?.form === "single" ? t("export.refusedSecret") : undefined,
          }}
        />
      )}
      {can(user.roles, "exportArchive") &&
        (isArchivable(request) || flash?.form === "archive" ? (
          <ArchiveForm
            requestId={id}
            locale={locale}
            text={{
              heading: t("archive.heading"),
              lead: t("archive.lead"),
              submit: t("archive.submit"),
              error: flash?.form === "archive" ? t("archive.notClosed") : undefined,
            }}
          />
        ) : (
          <section aria-labelledby="archive-h" className="mt-10">
            <h2 id="archive-h">{t("archive.heading")}</h2>
            <p className="max-w-3xl">{t("archive.notClosed")}</p>
          </section>
        ))}
    </>
  );
}
