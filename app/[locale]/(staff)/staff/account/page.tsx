import { PrimaryButton, SecondaryButton } from "@/components/form/buttons";
import { ErrorSummary } from "@/components/form/error-summary";
import { OwnSessions } from "@/components/staff/own-sessions";
import { secondFactorRequired } from "@/lib/domain/second-factor";
import { getSecuritySettings } from "@/lib/server/auth/security-settings";
import { secondFactorStatus } from "@/lib/server/auth/second-factor";
import { getDb } from "@/lib/server/db/client";
import { listOwnSessions } from "@/lib/server/staff/account";
import { readFlash } from "@/lib/server/staff/flash";
import { TextField } from "@/components/form/field-kit";
import { OkMessage } from "@/components/form/ok-message";
import { first, openStaffPage, staffMetadata } from "@/lib/server/staff/page";
import { PostForm } from "@/components/form/post-form";

// Every staff member's own account: second factor, password and signed-in sessions.
type Props = PageProps<"/[locale]/staff/account">;

const OK = ["password", "ended", "othersEnded", "enrolled"] as const;
const PASSWORD_FIELDS = ["current", "password", "confirm"] as const;

export const generateMetadata = staffMetadata("account.title", { errorPrefix: "account.errorTitlePrefix" });

export default async function AccountPage({ params, searchParams }: Props) {
  const { user, sessionId, locale, t } = await openStaffPage(params, undefined, "/staff/account", "account");
  const sp = await searchParams;
  const ok = OK.find((k) => k === first(sp.ok));
  const flash = await readFlash(first(sp.fel) === "password" ? "password" : undefined);
  const db = await getDb();
  const [status, sessions, security, row] = [
    await secondFactorStatus(db, user.id),
    await listOwnSessions(db, user.id, sessionId),
    await getSecuritySettings(db),
    await db.staffUser.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } }),
  ];
  const hasPassword = row.passwordHash !== null;
  const errors = flash?.errors ?? {};
  const err = (field: string) =>
    errors[field] ? t(`errors.${errors[field]}` as "errors.mismatch") : undefined;
  const notEnrolled = first(sp.fel) === "notEnrolled";
  const codeWrong = first(sp.fel) === "codeWrong" ? t("errors.codeWrong") : undefined;
  const summary = [
    ...PASSWORD_FIELDS.filter((f) => errors[f]).map((f) => ({ fieldId: `pw-${f}`, message: err(f)! })),
    ...(notEnrolled ? [{ fieldId: "mfa", message: t("errors.notEnrolled") }] : []),
    ...(codeWrong ? [{ fieldId: "mfa-code", message: codeWrong }] : []),
  ];
  const when = new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Europe/Stockholm",
  });

  return (
    <>
      <ErrorSummary title={t("errorSummaryTitle")} errors={summary} />
      <OkMessage text={ok ? t(`ok.${ok}`) : undefined} />
      <h1>{t("title")}</h1>
      <p className="text-lg">{t("lead")}</p>

      <h2 id="mfa" tabIndex={-1}>
        {t("mfa.heading")}
      </h2>
      <p>{status.enrolled ? t("mfa.on") : t("mfa.off")}</p>
      {secondFactorRequired(user.roles, security.secondFactorForEveryone) && <p>{t("mfa.required")}</p>}
      <PostForm action="/api/staff/account/second-factor" className="mt-4">
        {status.enrolled ? (
          <>
            <p>{t("mfa.codesLeft", { count: status.recoveryCodesLeft })}</p>
            <p id="new-codes-hint" className="text-slate-700">
              {t("mfa.newCodesHint")}
            </p>
            <input type="hidden" name="action" value="new-codes" />
            <TextField
              id="mfa-code"
              name="code"
              label={t("mfa.code")}
              error={codeWrong}
              inputMode="numeric"
              autoComplete="one-time-code"
              width="tiny"
            />
            <SecondaryButton type="submit" aria-describedby="new-codes-hint" className="mt-4">
              {t("mfa.newCodes")}
            </SecondaryButton>
          </>
        ) : (
          <>
            <input type="hidden" name="action" value="setup" />
            <PrimaryButton type="submit">{t("mfa.start")}</PrimaryButton>
          </>
        )}
      </PostForm>

      <h2>{t("password.heading")}</h2>
      {hasPassword ? (
        <PostForm action="/api/staff/account/password" submit={t("password.submit")} submitSpacing="mt-8">
          <p>{t("password.note")}</p>
          {PASSWORD_FIELDS.map((f) => (
            <TextField
              key={f}
              id={`pw-${f}`}
              name={f}
              type="password"
              label={t(`password.${f === "password" ? "new" : f}`)}
              hint={f === "password" ? t("password.newHint") : undefined}
              error={err(f)}
              autoComplete={f === "current" ? "current-password" : "new-password"}
              width="medium"
            />
          ))}
        </PostForm>
      ) : (
        <p>{t("password.noPassword")}</p>
      )}

      <h2 id="sessions">{t("sessions.heading")}</h2>
      <p>{t("sessions.lead")}</p>
      <OwnSessions
        locale={locale}
        t={(key) => t(`sessions.${key}`)}
        rows={sessions.map((s) => ({
          id: s.id,
          started: when.format(s.createdAt),
          lastSeen: when.format(s.lastSeenAt),
          method: s.method === "oidc" ? t("sessions.methods.oidc") : t("sessions.methods.password"),
          current: s.current,
        }))}
      />
    </>
  );
}
