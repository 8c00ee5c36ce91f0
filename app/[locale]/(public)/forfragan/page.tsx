import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { buttonLinkClass, PrimaryButton } from "@/components/form/buttons";
import { Link } from "@/lib/i18n/navigation";
import { currentApplicantRequest } from "@/lib/server/intake/applicant-session";

export async function generateMetadata({ params }: PageProps<"/[locale]/forfragan">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "intake" });
  return { title: t("startTitle") };
}

export default async function RequestStartPage({ params }: PageProps<"/[locale]/forfragan">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("intake");
  const current = await currentApplicantRequest("COLLABORATION");
  return (
    <>
      <h1>{t("startTitle")}</h1>
      <p className="text-lg">{t("startLead")}</p>
      <h2>{t("startNeed")}</h2>
      <ul className="mt-3 list-disc space-y-1 pl-6">
        <li>{t("startNeed1")}</li>
        <li>{t("startNeed2")}</li>
        <li>{t("startNeed3")}</li>
      </ul>
      <div className="mt-8">
        {current?.status === "DRAFT" ? (
          <Link href="/forfragan/oversikt" className={buttonLinkClass}>
            {t("continueButton")}
          </Link>
        ) : (
          <form method="post" action="/api/intake/start">
            <input type="hidden" name="locale" value={locale} />
            <PrimaryButton type="submit">{t("startButton")}</PrimaryButton>
          </form>
        )}
      </div>
    </>
  );
}
