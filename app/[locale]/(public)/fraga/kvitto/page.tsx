import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { getDb } from "@/lib/server/db/client";
import { currentApplicantRequest } from "@/lib/server/intake/applicant-session";

export async function generateMetadata({ params }: PageProps<"/[locale]/fraga/kvitto">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "question" });
  return { title: t("receiptTitle") };
}

export default async function QuestionReceiptPage({ params }: PageProps<"/[locale]/fraga/kvitto">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations("question");
  const intake = await getTranslations("intake");
  const format = await getFormatter();
  const request = await currentApplicantRequest("QUESTION");
  if (!request || request.status === "DRAFT") return redirect({ href: "/fraga", locale });
  const contact = request.contactId
    ? await (
        await getDb()
      ).contactPerson.findUnique({ where: { id: request.contactId }, select: { email: true } })
    : null;
  return (
    <>
      <div className="border-4 border-green-800 bg-green-50 p-6 text-center">
        <h1>{t("receiptTitle")}</h1>
        <p className="text-lg">{intake("receipt.numberLabel")}</p>
        <p className="mt-1 text-3xl font-bold" data-testid="registration-number">
          {request.registrationNumber}
        </p>
        <p>
          {intake("receipt.received", {
            date: format.dateTime(request.receivedAt!, { dateStyle: "long", timeStyle: "short" }),
          })}
        </p>
      </div>
      {contact && <p className="mt-6 text-lg">{t("receiptText", { email: contact.email })}</p>}
      <p className="mt-8">
        <Link href="/fraga">{t("askAnother")}</Link>
      </p>
      <p>
        <Link href="/">{intake("receipt.home")}</Link>
      </p>
    </>
  );
}
