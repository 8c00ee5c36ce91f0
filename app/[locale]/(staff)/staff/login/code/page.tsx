import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CodeStep, codeError } from "@/components/staff/code-field";
import { pendingCookie, readPendingSignIn } from "@/lib/server/auth/pending-sign-in";
import { loginPath } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/db/client";
import { staffMetadata } from "@/lib/server/staff/page";
import { asLocale } from "@/lib/server/urls";

// The second step of signing in with a password. Only a browser with a waiting sign-in (the cookie
// set by /api/staff/login) gets this page; no session exists until the code is right.
type Props = PageProps<"/[locale]/staff/login/code">;

export const generateMetadata = staffMetadata("secondFactor.codeTitle", {
  errorPrefix: "account.errorTitlePrefix",
  failed: codeError,
});

export default async function SignInCodePage({ params, searchParams }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const error = codeError(await searchParams);
  const pending = await readPendingSignIn(await getDb(), await pendingCookie());
  if (!pending || pending.stage !== "verify") redirect(loginPath(locale, { error: "expired" }));
  const t = await getTranslations("secondFactor");
  return (
    <CodeStep
      locale={locale}
      error={error}
      summaryFrom="staffAuth"
      title={t("codeTitle")}
      lead={t("codeLead")}
      action="/api/staff/login/code"
      hint={t("codeHint")}
      submit={t("submit")}
      cancel
    />
  );
}
