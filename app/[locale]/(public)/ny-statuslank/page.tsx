import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Field } from "@/components/form/field";
import { LostLinkForm, LostLinkSent, lostLinkMetadata } from "@/components/links/lost-link";
import type { FieldDef } from "@/lib/domain/intake/sections";
import type { Locale } from "@/lib/i18n/routing";
import { env } from "@/lib/server/env";
import { getSettings } from "@/lib/server/settings";

type Props = PageProps<"/[locale]/ny-statuslank">;

const FIELDS: FieldDef[] = [
  { name: "email", type: "email", required: true, max: 254, autocomplete: "email" },
  { name: "number", type: "text", required: false, max: 40 },
];
const ERRORS = ["email", "number"] as const;

export async function generateMetadata(props: Props): Promise<Metadata> {
  return lostLinkMetadata((await props.params).locale, "links.newLink", await props.searchParams);
}

// "I lost my link": posts to app/api/status-link/route.ts, which answers the same whatever it finds.
export default async function NewStatusLinkPage(props: Props) {
  const locale = (await props.params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations("links.newLink");
  const sp = await props.searchParams;
  if (sp.skickad) {
    return <LostLinkSent namespace="links.newLink" contactEmail={(await getSettings()).contactEmail} />;
  }
  const error = ERRORS.find((e) => e === sp.fel);
  const text = (name: string) => ({
    label: t(`${name}.label` as "email.label"),
    hint: t(`${name}.hint` as "email.hint"),
    error: error === name ? t(`${name}.error` as "email.error") : undefined,
  });
  return (
    <LostLinkForm
      namespace="links.newLink"
      locale={locale}
      action="/api/status-link"
      errors={error ? [{ fieldId: error, message: t(`${error}.error`) }] : []}
      intro={<p>{t("ended", { days: env().STATUS_LINK_DAYS_AFTER_END })}</p>}
    >
      {FIELDS.map((field) => (
        <Field key={field.name} field={field} id={field.name} value={undefined} text={text(field.name)} />
      ))}
    </LostLinkForm>
  );
}
