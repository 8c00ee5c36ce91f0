import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PrimaryButton } from "@/components/form/buttons";
import { ErrorSummary } from "@/components/form/error-summary";
import { Field } from "@/components/form/field";
import type { FieldDef } from "@/lib/domain/intake/sections";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { getSettings } from "@/lib/server/settings";

type Props = PageProps<"/[locale]/samarbete/ny-lank">;

const EMAIL: FieldDef = { name: "email", type: "email", required: true, max: 254, autocomplete: "email" };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = (await props.params).locale;
  const t = await getTranslations({ locale, namespace: "partner.newLink" });
  const intake = await getTranslations({ locale, namespace: "intake" });
  const sp = await props.searchParams;
  const title = sp.skickad ? t("sentTitle") : t("title");
  return { title: sp.fel ? intake("errorTitlePrefix", { title }) : title };
}

// A contact who lost their partner link: posts to app/api/partner-link/route.ts, which answers the
// same whatever it finds.
export default async function NewPartnerLinkPage(props: Props) {
  const locale = (await props.params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations("partner.newLink");
  const intake = await getTranslations("intake");
  const sp = await props.searchParams;
  const { contactEmail } = await getSettings();
  if (sp.skickad) {
    return (
      <>
        <h1>{t("sentTitle")}</h1>
        <p className="text-lg">{t("sentText")}</p>
        <p>{t("noMail", { email: contactEmail })}</p>
        <p className="mt-8">
          <Link href="/">{t("home")}</Link>
        </p>
      </>
    );
  }
  const error = sp.fel === "email" ? t("emailError") : undefined;
  return (
    <>
      <ErrorSummary
        title={intake("errorSummaryTitle")}
        errors={error ? [{ fieldId: "email", message: error }] : []}
      />
      <h1>{t("title")}</h1>
      <p className="text-lg">{t("lead")}</p>
      <form method="post" action="/api/partner-link" noValidate className="mt-6">
        <input type="hidden" name="locale" value={locale} />
        <Field
          field={EMAIL}
          id="email"
          value={undefined}
          text={{ label: t("emailLabel"), hint: t("emailHint"), error }}
        />
        <PrimaryButton type="submit" className="mt-6">
          {t("submit")}
        </PrimaryButton>
      </form>
    </>
  );
}
