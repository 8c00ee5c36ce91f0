import { fileResponse, pdfFile } from "@/lib/server/http/download";
import { notFoundResponse } from "@/lib/server/http/html-page";
import { signingPdf } from "@/lib/server/signing/sign";

// The frozen agreement, or (?signed=1) the signed one, for the holder of a signing link.
export async function GET(request: Request, { params }: RouteContext<"/api/signing/[token]/pdf">) {
  const { token } = await params;
  const signed = new URL(request.url).searchParams.get("signed") === "1";
  const file = await signingPdf(token, signed);
  if (!file) return notFoundResponse();
  return fileResponse(pdfFile(`avtal-v${file.number}${signed ? "-undertecknat" : ""}.pdf`, file.bytes));
}
