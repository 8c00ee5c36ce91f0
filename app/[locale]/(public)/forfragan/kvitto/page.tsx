import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { AnswersList } from "@/components/intake/answers-list";
import type { Answers } from "@/lib/domain/intake/schema";
import { Link, redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { getDb } from "@/lib/server/db/client";
import { currentApplicantRequest } from "@/lib/server/intake/applicant-session";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/forfragan/kvitto">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "intake" });
  return { title: t("receipt.title") };
}

export default async function ReceiptPage({ params }: PageProps<"/[locale]/forfragan/kvitto">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations("intake");
  const format = await getFormatter();
  const request = await currentApplicantRequest("COLLABORATION");
  if (!request || request.status === "DRAFT") return redirect({ href: "/forfragan", locale });
  const contact = request.contactId
    ? await (
        await getDb()
      ).contactPerson.findUnique({ where: { id: request.contactId }, select: { email: true } })
    : null;
  return (
    <>
      <div className="border-4 border-green-800 bg-green-50 p-6 text-center">
        <h1>{t("receipt.title")}</h1>
        <p className="text-lg">{t("receipt.numberLabel")}</p>
        <p className="mt-1 text-3xl font-bold" data-testid="registration-number">
          {request.registrationNumber}
        </p>
        <p>
          {t("receipt.received", {
            date: format.dateTime(request.receivedAt!, { dateStyle: "long", timeStyle: "short" }),
          })}
        </p>
      </div>
      {contact && <p className="mt-6 text-lg">{t("receipt.emailSent", { email: contact.email })}</p>}
      <h2>{t("receipt.next")}</h2>
      <p>{t("receipt.nextText")}</p>
      <AnswersList answers={request.answers as Answers} />
      <p className="mt-8">
        <Link href="/">{t("receipt.home")}</Link>
      </p>
    </>
  );
}
