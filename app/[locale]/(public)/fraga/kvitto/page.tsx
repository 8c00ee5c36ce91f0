import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { ReceiptBox } from "@/components/intake/receipt-box";
import { contactEmail, currentApplicantRequest } from "@/lib/server/intake/applicant-session";
import { titleMetadata } from "@/lib/server/page-metadata";

export const generateMetadata = titleMetadata("question.receiptTitle");

export default async function QuestionReceiptPage({ params }: PageProps<"/[locale]/fraga/kvitto">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations("question");
  const intake = await getTranslations("intake");
  const request = await currentApplicantRequest("QUESTION");
  if (!request || request.status === "DRAFT") return redirect({ href: "/fraga", locale });
  const email = await contactEmail(request.contactId);
  return (
    <>
      <ReceiptBox
        title={t("receiptTitle")}
        number={request.registrationNumber}
        receivedAt={request.receivedAt}
      />
      {email && <p className="mt-6 text-lg">{t("receiptText", { email })}</p>}
      <p className="mt-8">
        <Link href="/fraga">{t("askAnother")}</Link>
      </p>
      <p>
        <Link href="/">{intake("receipt.home")}</Link>
      </p>
    </>
  );
}
