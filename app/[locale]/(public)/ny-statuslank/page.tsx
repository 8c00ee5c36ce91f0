import { getTranslations } from "next-intl/server";
import { Field } from "@/components/form/field";
import { LostLinkForm, lostLinkMetadata, openLostLinkPage } from "@/components/links/lost-link";
import type { FieldDef } from "@/lib/domain/intake/sections";
import { env } from "@/lib/server/env";

type Props = PageProps<"/[locale]/ny-statuslank">;

const FIELDS: FieldDef[] = [
  { name: "email", type: "email", required: true, max: 254, autocomplete: "email" },
  { name: "number", type: "text", required: false, max: 40 },
];
const ERRORS = ["email", "number"] as const;

export const generateMetadata = lostLinkMetadata("links.newLink");

// "I lost my link": posts to app/api/status-link/route.ts, which answers the same whatever it finds.
export default async function NewStatusLinkPage(props: Props) {
  const { locale, fel, sent } = await openLostLinkPage("links.newLink", props);
  if (sent) return sent;
  const t = await getTranslations("links.newLink");
  const error = ERRORS.find((e) => e === fel);
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
