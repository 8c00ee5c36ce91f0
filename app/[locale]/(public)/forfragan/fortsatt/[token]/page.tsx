import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PrimaryButton, SubmitChoices } from "@/components/form/buttons";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { applicantCookieToken } from "@/lib/server/intake/applicant-session";
import { resumeLinkView } from "@/lib/server/intake/take-resume-draft";
import { titleMetadata } from "@/lib/server/page-metadata";

type Props = PageProps<"/[locale]/forfragan/fortsatt/[token]">;

export const generateMetadata = titleMetadata("links.resume.title", {
  // A bearer link: never indexed.
  extra: { robots: { index: false, follow: false } },
});

// The emailed save-and-return link lands here. Showing the page changes nothing; the form's POST
// (app/api/intake/resume/[token]/route.ts) takes the draft, and asks first if this browser has one.
export default async function ResumeConfirmPage(props: Props) {
  const { locale, token } = (await props.params) as { locale: Locale; token: string };
  setRequestLocale(locale);
  const view = await resumeLinkView(token, await applicantCookieToken("COLLABORATION"));
  if (!view) return redirect({ href: "/forfragan/lanken-fungerar-inte", locale });
  const t = await getTranslations("links.resume");
  const format = await getFormatter();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long", timeStyle: "short" });
  const choose = view.browserDraftSavedAt !== null;
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="text-lg">{t("lead")}</p>
      <p>{t("savedAt", { date: date(view.linkDraftSavedAt) })}</p>
      <form method="post" action={`/api/intake/resume/${token}`} noValidate className="mt-6">
        <input type="hidden" name="locale" value={locale} />
        {choose ? (
          <section aria-labelledby="choose" className="border-l-4 border-brand-700 pl-4">
            <h2 id="choose" className="mt-0">
              {t("chooseHeading")}
            </h2>
            <p>{t("chooseText", { date: date(view.browserDraftSavedAt!) })}</p>
            <SubmitChoices
              name="keep"
              className="mt-4 gap-4"
              choices={[
                { value: "link", label: t("keepLink"), primary: true },
                { value: "browser", label: t("keepBrowser"), "aria-describedby": "keep-browser-hint" },
              ]}
            />
            <p id="keep-browser-hint" className="mt-2 text-slate-700">
              {t("keepBrowserHint")}
            </p>
          </section>
        ) : (
          <PrimaryButton type="submit" name="keep" value="link">
            {t("continue")}
          </PrimaryButton>
        )}
      </form>
    </>
  );
}
