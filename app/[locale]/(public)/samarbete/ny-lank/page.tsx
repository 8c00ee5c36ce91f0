import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Field } from "@/components/form/field";
import { LostLinkForm, LostLinkSent, lostLinkMetadata } from "@/components/links/lost-link";
import type { FieldDef } from "@/lib/domain/intake/sections";
import type { Locale } from "@/lib/i18n/routing";
import { getSettings } from "@/lib/server/settings";

type Props = PageProps<"/[locale]/samarbete/ny-lank">;

const EMAIL: FieldDef = { name: "email", type: "email", required: true, max: 254, autocomplete: "email" };

export async function generateMetadata(props: Props): Promise<Metadata> {
  return lostLinkMetadata((await props.params).locale, "partner.newLink", await props.searchParams);
}

// A contact who lost their partner link: posts to app/api/partner-link/route.ts, which answers the
// same whatever it finds.
export default async function NewPartnerLinkPage(props: Props) {
  const locale = (await props.params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations("partner.newLink");
  const sp = await props.searchParams;
  if (sp.skickad) {
    return <LostLinkSent namespace="partner.newLink" contactEmail={(await getSettings()).contactEmail} />;
  }
  const error = sp.fel === "email" ? t("emailError") : undefined;
  return (
    <LostLinkForm
      namespace="partner.newLink"
      locale={locale}
      action="/api/partner-link"
      errors={error ? [{ fieldId: "email", message: error }] : []}
    >
      <Field
        field={EMAIL}
        id="email"
        value={undefined}
        text={{ label: t("emailLabel"), hint: t("emailHint"), error }}
      />
    </LostLinkForm>
  );
}
