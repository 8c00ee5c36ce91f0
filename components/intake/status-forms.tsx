import { getTranslations } from "next-intl/server";
import { PrimaryButton, SecondaryButton } from "@/components/form/buttons";
import { FileField, TextField } from "@/components/form/field-kit";
import type { StatusRequest } from "@/lib/server/intake/status";
import type { StatusError } from "./status-notices";
import { statusAction } from "./status-sections";

// What the applicant can still do while the case is open: write to lotsen (with a file), and
// withdraw a collaboration request. Plain form posts; an error comes back in the query string.

export async function StatusForms({
  token,
  locale,
  request,
  statusError,
  messageMax,
  reasonMax,
}: {
  token: string;
  locale: string;
  request: StatusRequest;
  statusError?: StatusError;
  messageMax: number;
  reasonMax: number;
}) {
  const t = await getTranslations("status");
  const errorFor = (field: string) =>
    (statusError?.startsWith("message") && field === "message") ||
    (statusError?.startsWith("reason") && field === "reason")
      ? t(`errors.${statusError}`)
      : undefined;
  const field = (name: string, label: string, max: number) => (
    <TextField
      id={name}
      label={label}
      error={errorFor(name)}
      rows={5}
      maxLength={max * 5}
      compact
      spacing="mt-4"
    />
  );

  return (
    <>
      <section aria-labelledby="write">
        <h2 id="write">{t("writeHeading")}</h2>
        <form method="post" action={statusAction(token, "message")} encType="multipart/form-data" noValidate>
          <input type="hidden" name="locale" value={locale} />
          {field("message", t("messageLabel"), messageMax)}
          <FileField id="file" label={t("fileLabel")} hint={t("fileHint")} compact spacing="mt-4" />
          <PrimaryButton type="submit" className="mt-4">
            {t("sendMessage")}
          </PrimaryButton>
        </form>
      </section>
      {request.kind === "COLLABORATION" && (
        <section aria-labelledby="withdraw">
          <h2 id="withdraw">{t("withdrawHeading")}</h2>
          <p>{t("withdrawText")}</p>
          <form method="post" action={statusAction(token, "withdraw")} noValidate>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="version" value={request.version} />
            {field("reason", t("withdrawReason"), reasonMax)}
            <SecondaryButton type="submit" className="mt-4">
              {t("withdrawButton")}
            </SecondaryButton>
          </form>
        </section>
      )}
    </>
  );
}
