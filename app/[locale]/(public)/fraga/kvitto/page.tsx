import { getTranslations, setRequestLocale } from "next-intl/server";
import { WaysOn } from "@/components/layout/notice";
import type { Locale } from "@/lib/i18n/routing";
import { ReceiptBox } from "@/components/intake/receipt-box";
import { sentRequest } from "@/lib/server/intake/receipt";
import { titleMetadata } from "@/lib/server/page-metadata";

export const generateMetadata = titleMetadata("question.receiptTitle");

export default async function QuestionReceiptPage({ params }: PageProps<"/[locale]/fraga/kvitto">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations("question");
  const intake = await getTranslations("intake");
  const { request, email } = await sentRequest("QUESTION", locale);
  return (
    <>
      <ReceiptBox
        title={t("receiptTitle")}
        request={request}
        emailSent={email ? t("receiptText", { email }) : undefined}
      />
      <WaysOn
        className="mt-8"
        links={[
          { href: "/fraga", label: t("askAnother") },
          { href: "/", label: intake("receipt.home") },
        ]}
      />
    </>
  );
}
