import { getTranslations } from "next-intl/server";
import { ErrorSummary, type SummaryError } from "@/components/form/error-summary";
import { verifyInvitationToken } from "@/lib/server/staff/admin-users";
import { readFlash } from "@/lib/server/staff/flash";
import { ADMIN_FORM_TITLE, first, openPageLocale, staffMetadata } from "@/lib/server/staff/page";
import { TextField } from "@/components/form/field-kit";
import { PostForm } from "@/components/form/post-form";

// Public: whoever holds a valid invitation link chooses the account's password here.
type Props = PageProps<"/[locale]/staff/set-password">;

export const generateMetadata = staffMetadata("staff.admin.setPassword.title", {
  ...ADMIN_FORM_TITLE,
  // The token is in the address: never send it on to another site. (Not "no-referrer": Chrome would
  // then post the form with Origin: null, which the same-origin check refuses.)
  extra: { referrer: "same-origin" },
});

export default async function SetPasswordPage({ params, searchParams }: Props) {
  await openPageLocale(params);
  const t = await getTranslations("staff.admin");
  const sp = await searchParams;
  const token = first(sp.token) ?? "";
  const user = token ? await verifyInvitationToken(token) : null;
  if (!user) {
    return (
      <>
        <h1>{t("setPassword.invalidTitle")}</h1>
        <p className="text-lg">{t("setPassword.invalidText")}</p>
      </>
    );
  }
  const flash = await readFlash(first(sp.fel) === "set-password" ? "set-password" : undefined);
  const errors = flash?.errors ?? {};
  const err = (code: string | undefined) => (code ? t(`errors.${code}` as "errors.common") : undefined);
  const summary: SummaryError[] = (["password", "confirm"] as const)
    .filter((f) => errors[f])
    .map((f) => ({ fieldId: f, message: err(errors[f])! }));

  return (
    <>
      <ErrorSummary title={t("errorSummaryTitle")} errors={summary} />
      <h1>{t("setPassword.title")}</h1>
      <p className="text-lg">{t("setPassword.lead")}</p>
      <p>{t("setPassword.account", { email: user.email })}</p>
      <PostForm
        action="/api/staff/set-password"
        hidden={{ token }}
        className="mt-6"
        submit={t("setPassword.submit")}
        submitSpacing="mt-8"
      >
        {/* For password managers: the account the new password belongs to. */}
        <input type="hidden" name="username" autoComplete="username" value={user.email} />
        <TextField
          id="password"
          type="password"
          label={t("setPassword.password")}
          hint={t("setPassword.passwordHint")}
          error={err(errors.password)}
          autoComplete="new-password"
          width="medium"
        />
        <TextField
          id="confirm"
          type="password"
          label={t("setPassword.confirm")}
          error={err(errors.confirm)}
          autoComplete="new-password"
          width="medium"
        />
      </PostForm>
    </>
  );
}
