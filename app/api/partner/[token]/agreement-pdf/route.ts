import { createTranslator } from "next-intl";
import { en, sv } from "@/lib/i18n/messages";
import { notFoundResponse } from "@/lib/server/http/html-page";
import { agreementOutline } from "@/lib/server/partnerships/agreement-document";
import { agreementPdf } from "@/lib/server/partnerships/agreement-pdf";
import { partnerLinkAccess } from "@/lib/server/partnerships/partner-link";
import { latestSignedAgreement } from "@/lib/server/signing/versions";

// The agreement as a PDF for the party's contact, through their partner link: the signed version
// with its signature page once every party has signed, else the draft drawn from the record.
export async function GET(request: Request, { params }: RouteContext<"/api/partner/[token]/agreement-pdf">) {
  const access = await partnerLinkAccess((await params).token);
  if (access.state !== "open") return notFoundResponse();
  const locale = new URL(request.url).searchParams.get("lang") === "en" ? "en" : "sv";
  const signed = await latestSignedAgreement(access.partnershipId);
  const signedBytes = signed ? await signed.load() : null;
  if (signed && signedBytes)
    return pdfResponse(
      signedBytes,
      `${locale === "en" ? "agreement" : "overenskommelse"}-v${signed.number}.pdf`,
    );
  const outline = await agreementOutline(access.partnershipId, locale);
  if (!outline) return notFoundResponse();
  const t = createTranslator({
    locale,
    messages: locale === "en" ? en : sv,
    namespace: "partnerships.agreement",
  });
  const bytes = await agreementPdf(
    outline,
    (page, pages) => `${outline.title} · ${t("page", { page, pages })}`,
  );
  return pdfResponse(bytes, `${locale === "en" ? "agreement" : "overenskommelse"}.pdf`);
}

function pdfResponse(bytes: Uint8Array, filename: string) {
  return new Response(bytes as BodyInit, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
    },
  });
}
