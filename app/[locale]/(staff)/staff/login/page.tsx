import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PrimaryButton } from "@/components/form/buttons";
import { ErrorSummary } from "@/components/form/error-summary";
import { oidcSettings } from "@/lib/server/auth/config";
import { getStaffSession, safeCallbackPath } from "@/lib/server/auth/session";
import { passwordSignInAllowed } from "@/lib/server/auth/sign-in-policy";
import { getDb } from "@/lib/server/db/client";
import { asLocale } from "@/lib/server/urls";
import { first } from "@/lib/server/staff/page";

type Props = PageProps<"/[locale]/staff/login">;

// Error codes in the address: ours from /api/staff/login, next-auth's after OpenID Connect.
// Keys are message paths (the OpenID Connect texts have their own file, oidc.json).
const ERRORS = {
  credentials: { key: "staffAuth.errorCredentials", field: "email" },
  CredentialsSignin: { key: "staffAuth.errorCredentials", field: "email" },
  "rate-limited": { key: "staffAuth.errorRateLimited", field: "email" },
  demo: { key: "staffAuth.errorDemoOnly", field: "email" },
  AccessDenied: { key: "staffAuth.errorOidcRefused", field: "oidc" },
  OidcUnverified: { key: "oidc.login.errorOidcUnverified", field: "oidc" },
  "password-off": { key: "oidc.login.errorPasswordOff", field: "oidc" },
  expired: { key: "staffAuth.errorExpired", field: "email" },
} as const;
const FAILED = { key: "staffAuth.errorFailed", field: "email" } as const;

async function load(props: Props) {
  const locale = asLocale((await props.params).locale);
  const query = await props.searchParams;
  const code = first(query.error);
  const error = code ? (ERRORS[code as keyof typeof ERRORS] ?? FAILED) : undefined;
  const callbackUrl = safeCallbackPath(first(query.callbackUrl), locale);
  return { locale, error, callbackUrl, signedOut: first(query.signedOut) === "1" };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, error } = await load(props);
  const t = await getTranslations({ locale, namespace: "staffAuth" });
  return { title: error ? t("errorTitlePrefix", { title: t("loginTitle") }) : t("loginTitle") };
}

const fieldClass =
  "mt-2 block w-full max-w-md rounded border-2 border-slate-700 bg-white px-3 py-2 text-base focus:border-slate-900";
const secondaryLinkClass =
  "inline-block rounded bg-slate-200 px-5 py-3 text-lg font-semibold text-slate-900 no-underline hover:bg-slate-300 hover:text-slate-900 focus-visible:outline-[3px] focus-visible:outline-[var(--color-focus)]";

export default async function StaffLoginPage(props: Props) {
  const { locale, error, callbackUrl, signedOut } = await load(props);
  setRequestLocale(locale);
  if (await getStaffSession()) redirect(callbackUrl);
  const t = await getTranslations("staffAuth");
  const all = await getTranslations();
  const oidc = oidcSettings();
  const passwords = await passwordSignInAllowed(await getDb());
  const fieldError = error?.field === "email" ? all(error.key) : undefined;
  const oidcHref = `/api/staff/login/oidc?${new URLSearchParams({ locale, callbackUrl })}`;

  return (
    <>
      <ErrorSummary
        title={t("errorSummaryTitle")}
        errors={error ? [{ fieldId: error.field, message: all(error.key) }] : []}
      />
      {signedOut && !error && (
        <p role="status" className="mb-6 border-l-4 border-green-800 bg-green-50 p-4 font-semibold">
          {t("signedOut")}
        </p>
      )}
      <h1>{t("loginTitle")}</h1>
      <p className="text-lg">{passwords ? t("loginLead") : all("oidc.login.leadOidcOnly")}</p>
      {passwords && (
        <form method="post" action="/api/staff/login" noValidate className="mt-6">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <div className={fieldError ? "border-l-4 border-red-700 pl-4" : undefined}>
            <label htmlFor="email" className="block text-lg font-semibold">
              {t("email")}
            </label>
            {fieldError && (
              <p id="email-error" className="mt-1 font-semibold text-red-800">
                <span className="sr-only">{t("email")}: </span>
                {fieldError}
              </p>
            )}
            <input
              id="email"
              name="email"
              type="email"
              autoComplete="username"
              spellCheck={false}
              aria-invalid={fieldError ? true : undefined}
              aria-describedby={fieldError ? "email-error" : undefined}
              className={fieldClass}
            />
            <label htmlFor="password" className="mt-6 block text-lg font-semibold">
              {t("password")}
            </label>
            <input
              id="password"
              name="password"
              type="password"
              autoComplete="current-password"
              aria-invalid={fieldError ? true : undefined}
              className={fieldClass}
            />
          </div>
          <PrimaryButton type="submit" className="mt-8">
            {t("submit")}
          </PrimaryButton>
        </form>
      )}
      {oidc && (
        <>
          {passwords && <p className="mt-8 text-lg">{t("or")}</p>}
          {/* A link, not a form: see startOidcSignIn in lib/server/auth/options.ts. */}
          <a id="oidc" href={oidcHref} className={`mt-2 ${secondaryLinkClass}`}>
            {t("oidcButton", { name: oidc.name })}
          </a>
          {error?.field === "oidc" && <p className="mt-2 font-semibold text-red-800">{all(error.key)}</p>}
        </>
      )}
    </>
  );
}
