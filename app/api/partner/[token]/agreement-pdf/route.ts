import { createTranslator } from "next-intl";
import { en, sv } from "@/lib/i18n/messages";
import { notFoundResponse } from "@/lib/server/http/html-page";
import { agreementOutline } from "@/lib/server/partnerships/agreement-document";
import { agreementPdf } from "@/lib/server/partnerships/agreement-pdf";
import { partnerLinkAccess } from "@/lib/server/partnerships/partner-link";

// The agreement as a PDF for the party's contact, through their partner link.
export async function GET(request: Request, { params }: RouteContext<"/api/partner/[token]/agreement-pdf">) {
  const access = await partnerLinkAccess((await params).token);
  if (access.state !== "open") return notFoundResponse();
  const locale = new URL(request.url).searchParams.get("lang") === "en" ? "en" : "sv";
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
  return new Response(bytes as BodyInit, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${locale === "en" ? "agreement" : "overenskommelse"}.pdf"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
    },
  });
}
