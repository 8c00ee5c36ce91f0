import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PrimaryButton } from "@/components/form/buttons";
import { TextField } from "@/components/form/field-kit";
import { ErrorSummary } from "@/components/form/error-summary";
import { OutlineView } from "@/components/signing/outline-view";
import type { Locale } from "@/lib/i18n/routing";
import { consentText, signingView } from "@/lib/server/signing/sign";
import { titleMetadata } from "@/lib/server/page-metadata";

type Props = PageProps<"/[locale]/signera/[token]">;

export const generateMetadata = titleMetadata("signing.public.title", {
  // A bearer link: never indexed.
  extra: { robots: { index: false, follow: false } },
});

const FIELDS = ["typedName", "consent"] as const;
const KEYS = ["required", "tooLong", "consent", "nameMismatch"] as const;

// The emailed signing link lands here. Showing the page changes nothing; the form's POST
// (app/api/signing/[token]/route.ts) signs. Works without JavaScript.
export default async function SigningPage(props: Props) {
  const { locale, token } = (await props.params) as { locale: Locale; token: string };
  setRequestLocale(locale);
  const t = await getTranslations("signing.public");
  const te = await getTranslations("signing.errors");
  const view = await signingView(token);
  if (!view)
    return (
      <>
        <h1>{t("goneTitle")}</h1>
        <p>{t("goneText")}</p>
      </>
    );
  const format = await getFormatter();
  const sp = await props.searchParams;
  const fel = typeof sp.fel === "string" ? sp.fel : "";
  const errors = fel.split(",").flatMap((pair) => {
    const [field, key] = pair.split(".");
    const f = FIELDS.find((x) => x === field);
    const k = KEYS.find((x) => x === key);
    return f && k ? [{ field: f, message: te(k) }] : [];
  });
  const errorOf = (f: string) => errors.find((e) => e.field === f)?.message;
  const pdf = `/api/signing/${token}/pdf`;
  const consent = consentText(locale, { number: view.number, hash: view.sha256, party: view.party });
  return (
    <>
      <ErrorSummary
        title={t("errorTitle")}
        errors={errors.map((e) => ({
          fieldId: e.field === "consent" ? "consent" : "typedName",
          message: e.message,
        }))}
      />
      {fel === "alreadySigned" && (
        <p id="fel" role="alert" className="border-4 border-red-700 p-4 font-semibold">
          {t("alreadySigned")}
        </p>
      )}
      <h1>{t("title")}</h1>
      <p className="text-lg">{t("lead", { party: view.party })}</p>
      <p>
        <strong>{t("document", { title: view.title, number: view.number })}</strong>
      </p>
      <p>{t("signatory", { name: view.name, role: view.role })}</p>
      <h2 id="hash-h">{t("hash")}</h2>
      <p className="break-all font-mono" data-testid="document-hash">
        {view.sha256}
      </p>
      <p className="text-slate-700">{t("hashHint")}</p>
      <p>
        <a href={pdf} download>
          {t("pdf")}
        </a>
      </p>
      {view.signedAt ? (
        <section aria-labelledby="signed-h" className="mt-8">
          <h2 id="signed-h">{view.completedAt ? t("complete") : t("signedOk")}</h2>
          <p role="status">
            {t("signedAt", {
              date: format.dateTime(view.signedAt, { dateStyle: "long", timeStyle: "short" }),
            })}
          </p>
          {view.completedAt && view.signedSha256 ? (
            <>
              <p>
                <a href={`${pdf}?signed=1`} download>
                  {t("signedPdf")}
                </a>
              </p>
              <p>{t("signedHash")}:</p>
              <p className="break-all font-mono" data-testid="signed-hash">
                {view.signedSha256}
              </p>
            </>
          ) : (
            <p>{t("waiting")}</p>
          )}
        </section>
      ) : (
        <section aria-labelledby="sign-h" className="mt-8">
          <h2 id="sign-h">{t("signHeading")}</h2>
          <form method="post" action={`/api/signing/${token}`} noValidate>
            <input type="hidden" name="locale" value={locale} />
            <TextField
              id="typedName"
              label={t("typedName")}
              hint={t("typedNameHint")}
              error={errorOf("typedName")}
              required
              autoComplete="name"
              width="medium"
              spacing="mt-4"
            />
            <div
              className={`mt-6 flex items-start gap-3 ${errorOf("consent") ? "border-l-4 border-red-700 pl-4" : ""}`}
            >
              <input
                id="consent"
                type="checkbox"
                name="consent"
                value="yes"
                className="mt-1 h-6 w-6 shrink-0"
                aria-invalid={errorOf("consent") ? true : undefined}
                aria-describedby={errorOf("consent") ? "consent-error" : undefined}
              />
              <label htmlFor="consent" className="break-words">
                {consent}
              </label>
            </div>
            {errorOf("consent") && (
              <p id="consent-error" className="mt-1 font-semibold text-red-800">
                {errorOf("consent")}
              </p>
            )}
            <PrimaryButton type="submit" className="mt-6">
              {t("signButton")}
            </PrimaryButton>
          </form>
        </section>
      )}
      <section aria-labelledby="text-h" className="mt-10">
        <h2 id="text-h">{t("textHeading")}</h2>
        <OutlineView outline={view.outline} headingLevel={3} />
      </section>
    </>
  );
}
