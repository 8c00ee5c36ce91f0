import { pdfDownload } from "@/lib/server/signing/pdf-response";
import { notFoundResponse, forbiddenResponse } from "@/lib/server/http/html-page";
import { isUuid } from "@/lib/domain/ids";
import { requireStaffApi } from "@/lib/server/auth/api-access";
import { quarterlyReport } from "@/lib/server/partnerships/quarterly-report";
import { reportPdf } from "@/lib/server/partnerships/report-pdf";

// The quarterly report as a PDF: ?period=2026-Q3 (default the last full quarter), ?lang=en for English.
export async function GET(
  request: Request,
  { params }: RouteContext<"/api/staff/partnerships/[id]/report-pdf">,
) {
  const session = await requireStaffApi("viewPartnerships");
  if (!session) return forbiddenResponse();
  const { id } = await params;
  if (!isUuid(id)) return notFoundResponse();
  const query = new URL(request.url).searchParams;
  const locale = query.get("lang") === "en" ? "en" : "sv";
  const report = await quarterlyReport(id, query.get("period"), locale);
  if (!report) return notFoundResponse();
  const bytes = await reportPdf(report, locale);
  const name = `${locale === "sv" ? "kvartalsrapport" : "quarterly-report"}-${report.quarter}.pdf`;
  return pdfDownload(bytes, name);
}
