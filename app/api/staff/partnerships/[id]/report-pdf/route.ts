import { isUuid } from "@/lib/domain/ids";
import { pdfFile, staffDownloadRoute } from "@/lib/server/http/download";
import { quarterlyReport } from "@/lib/server/partnerships/quarterly-report";
import { reportPdf } from "@/lib/server/partnerships/report-pdf";

// The quarterly report as a PDF: ?period=2026-Q3 (default the last full quarter), ?lang=en for English.
export const GET = staffDownloadRoute<{ id: string }>(
  "viewPartnerships",
  async ({ query, locale }, { id }) => {
    const report = isUuid(id) ? await quarterlyReport(id, query.get("period"), locale) : null;
    if (!report) return null;
    const name = `${locale === "sv" ? "kvartalsrapport" : "quarterly-report"}-${report.quarter}.pdf`;
    return { file: pdfFile(name, await reportPdf(report, locale)) };
  },
);
