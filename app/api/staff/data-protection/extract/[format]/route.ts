import { requireStaffApi } from "@/lib/server/auth/api-access";
import { forbiddenResponse, notFoundResponse } from "@/lib/server/http/html-page";
import { currentExtract } from "@/lib/server/privacy/current-extract";
import { extractDownload } from "@/lib/server/privacy/extract-documents";

// The extract on screen as a PDF or JSON file; which identifier comes from the page's cookie.
export async function GET(
  request: Request,
  { params }: RouteContext<"/api/staff/data-protection/extract/[format]">,
) {
  const session = await requireStaffApi("handlePersonalData");
  if (!session) return forbiddenResponse();
  const { format } = await params;
  const identifier = await currentExtract();
  if ((format !== "json" && format !== "pdf") || !identifier) return notFoundResponse();
  const locale = new URL(request.url).searchParams.get("lang") === "en" ? "en" : "sv";
  const file = await extractDownload(session, identifier, format, locale);
  if (!file) return forbiddenResponse();
  return new Response(file.bytes as BodyInit, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Content-Length": String(file.bytes.byteLength),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
