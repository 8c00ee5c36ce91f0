import { getTranslations, setRequestLocale } from "next-intl/server";
import { AnswersList } from "@/components/intake/answers-list";
import type { Answers } from "@/lib/domain/intake/schema";
import { WaysOn } from "@/components/layout/notice";
import type { Locale } from "@/lib/i18n/routing";
import { ReceiptBox } from "@/components/intake/receipt-box";
import { sentRequest } from "@/lib/server/intake/receipt";
import { titleMetadata } from "@/lib/server/page-metadata";

export const generateMetadata = titleMetadata("intake.receipt.title");

export default async function ReceiptPage({ params }: PageProps<"/[locale]/forfragan/kvitto">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations("intake");
  const { request, email } = await sentRequest("COLLABORATION", locale);
  return (
    <>
      <ReceiptBox
        title={t("receipt.title")}
        request={request}
        emailSent={email ? t("receipt.emailSent", { email }) : undefined}
      />
      <h2>{t("receipt.next")}</h2>
      <p>{t("receipt.nextText")}</p>
      <AnswersList answers={request.answers as Answers} />
      <WaysOn className="mt-8" links={[{ href: "/", label: t("receipt.home") }]} />
    </>
  );
}
