import { getTranslations } from "next-intl/server";
import { Field } from "@/components/form/field";
import { LostLinkForm, lostLinkMetadata, openLostLinkPage } from "@/components/links/lost-link";
import type { FieldDef } from "@/lib/domain/intake/sections";

type Props = PageProps<"/[locale]/samarbete/ny-lank">;

const EMAIL: FieldDef = { name: "email", type: "email", required: true, max: 254, autocomplete: "email" };

export const generateMetadata = lostLinkMetadata("partner.newLink");

// A contact who lost their partner link: posts to app/api/partner-link/route.ts, which answers the
// same whatever it finds.
export default async function NewPartnerLinkPage(props: Props) {
  const { locale, fel, sent } = await openLostLinkPage("partner.newLink", props);
  if (sent) return sent;
  const t = await getTranslations("partner.newLink");
  const error = fel === "email" ? t("emailError") : undefined;
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
