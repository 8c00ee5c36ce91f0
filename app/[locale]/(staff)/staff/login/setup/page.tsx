import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import QRCode from "qrcode";
import { CODE_PAGE_TITLE, CodeStep, codeError } from "@/components/staff/code-field";
import { pendingCookie, readPendingSignIn } from "@/lib/server/auth/pending-sign-in";
import { setupSecret } from "@/lib/server/auth/second-factor";
import { getStaffSession, loginPath } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/db/client";
import { openPageLocale, staffMetadata } from "@/lib/server/staff/page";
import { pagePath } from "@/lib/server/urls";

// Setting up the second factor: during a sign-in that requires it (the pending cookie) or from the
// account page (a session). The QR code is drawn here on the server as SVG; no outside service sees
// the secret, which is also shown as text for typing in.
type Props = PageProps<"/[locale]/staff/login/setup">;

export const generateMetadata = staffMetadata("secondFactor.setupTitle", CODE_PAGE_TITLE);

export default async function SecondFactorSetupPage({ params, searchParams }: Props) {
  const locale = await openPageLocale(params);
  const error = codeError(await searchParams);
  const db = await getDb();
  const pending = await readPendingSignIn(db, await pendingCookie());
  const session = pending ? null : await getStaffSession();
  const userId = pending?.stage === "setup" ? pending.userId : session?.user.id;
  if (!userId) redirect(loginPath(locale, { error: "expired" }));
  const shown = await setupSecret(db, userId, "Civilsamhälleslotsen");
  if (!shown)
    redirect(session ? pagePath(locale, "/staff/account") : loginPath(locale, { error: "expired" }));
  const svg = await QRCode.toString(shown.uri, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
  const t = await getTranslations("secondFactor");
  return (
    <CodeStep
      locale={locale}
      error={error}
      summaryFrom="account"
      title={t("setupTitle")}
      lead={session ? t("setupLeadOwn") : t("setupLead")}
      action="/api/staff/login/setup"
      hint={t("enterCodeHint")}
      submit={t("activate")}
      cancel={!session}
    >
      <h2 className="text-xl">{t("scan")}</h2>
      <div
        role="img"
        aria-label={t("qrLabel")}
        className="mt-4 w-56 border border-slate-300 bg-white"
        // Drawn by the qrcode package from our own otpauth address: no outside input reaches the markup.
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      <p className="mt-4">{t("manual")}</p>
      <p>
        <code id="secret" className="rounded bg-slate-100 px-2 py-1 font-mono text-lg break-all">
          {shown.secret}
        </code>
      </p>
      <h2 className="text-xl">{t("enterCode")}</h2>
    </CodeStep>
  );
}
