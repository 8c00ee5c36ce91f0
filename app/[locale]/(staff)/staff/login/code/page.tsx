import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CODE_PAGE_TITLE, CodeStep, codeError } from "@/components/staff/code-field";
import { pendingCookie, readPendingSignIn } from "@/lib/server/auth/pending-sign-in";
import { loginPath } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/db/client";
import { openPageLocale, staffMetadata } from "@/lib/server/staff/page";

// The second step of signing in with a password. Only a browser with a waiting sign-in (the cookie
// set by /api/staff/login) gets this page; no session exists until the code is right.
type Props = PageProps<"/[locale]/staff/login/code">;

export const generateMetadata = staffMetadata("secondFactor.codeTitle", CODE_PAGE_TITLE);

export default async function SignInCodePage({ params, searchParams }: Props) {
  const locale = await openPageLocale(params);
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
