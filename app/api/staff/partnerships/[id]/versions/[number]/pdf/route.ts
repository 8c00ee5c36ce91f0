import { requireStaffApi } from "@/lib/server/auth/api-access";
import { forbiddenResponse, notFoundResponse } from "@/lib/server/http/html-page";
import { pdfDownload } from "@/lib/server/signing/pdf-response";
import { versionPdf } from "@/lib/server/signing/versions";
import { recordRead } from "@/lib/server/records/read-log";

// A frozen version's stored PDF, or (?signed=1) the signed one, for everyone who may see partnerships.
export async function GET(
  request: Request,
  { params }: RouteContext<"/api/staff/partnerships/[id]/versions/[number]/pdf">,
) {
  const session = await requireStaffApi("viewPartnerships");
  if (!session) return forbiddenResponse();
  const { id, number } = await params;
  const signed = new URL(request.url).searchParams.get("signed") === "1";
  const bytes = await versionPdf(id, Number(number), signed);
  if (!bytes) return notFoundResponse();
  await recordRead({
    staffId: session.user.id,
    entity: "agreement_version",
    entityId: `${id}/${Number(number)}`,
  });
  return pdfDownload(bytes, `avtal-v${Number(number)}${signed ? "-undertecknat" : ""}.pdf`);
}
