import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PrimaryButton } from "@/components/form/buttons";
import { ErrorSummary } from "@/components/form/error-summary";
import { Field } from "@/components/form/field";
import type { FieldDef } from "@/lib/domain/intake/sections";
import { Link } from "@/lib/i18n/navigation";
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
  const locale = (await props.params).locale;
  const t = await getTranslations({ locale, namespace: "links.newLink" });
  const intake = await getTranslations({ locale, namespace: "intake" });
  const sp = await props.searchParams;
  const title = sp.skickad ? t("sentTitle") : t("title");
  return { title: sp.fel ? intake("errorTitlePrefix", { title }) : title };
}

// "I lost my link": posts to app/api/status-link/route.ts, which answers the same whatever it finds.
export default async function NewStatusLinkPage(props: Props) {
  const locale = (await props.params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations("links.newLink");
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
  const error = ERRORS.find((e) => e === sp.fel);
  const text = (name: string) => ({
    label: t(`${name}.label` as "email.label"),
    hint: t(`${name}.hint` as "email.hint"),
    error: error === name ? t(`${name}.error` as "email.error") : undefined,
  });
  return (
    <>
      <ErrorSummary
        title={intake("errorSummaryTitle")}
        errors={error ? [{ fieldId: error, message: t(`${error}.error`) }] : []}
      />
      <h1>{t("title")}</h1>
      <p className="text-lg">{t("lead")}</p>
      <p>{t("ended", { days: env().STATUS_LINK_DAYS_AFTER_END })}</p>
      <form method="post" action="/api/status-link" noValidate className="mt-6">
        <input type="hidden" name="locale" value={locale} />
        {FIELDS.map((field) => (
          <Field key={field.name} field={field} id={field.name} value={undefined} text={text(field.name)} />
        ))}
        <PrimaryButton type="submit" className="mt-6">
          {t("submit")}
        </PrimaryButton>
      </form>
    </>
  );
}
