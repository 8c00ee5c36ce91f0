import { getTranslations, setRequestLocale } from "next-intl/server";
import { PrimaryButton } from "@/components/form/buttons";
import { titleMetadata } from "@/lib/server/page-metadata";

export const generateMetadata = titleMetadata("intake.startTitle");

// The same for every visitor, so it is prerendered (lib/static-pages.ts). A browser that already has
// a draft gets to it through the same button: /api/intake/start opens the draft it finds.
export default async function RequestStartPage({ params }: PageProps<"/[locale]/forfragan">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("intake");
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
        <form method="post" action="/api/intake/start">
          <input type="hidden" name="locale" value={locale} />
          <PrimaryButton type="submit">{t("startButton")}</PrimaryButton>
        </form>
      </div>
    </>
  );
}
