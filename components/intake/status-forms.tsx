import { getTranslations } from "next-intl/server";
import { PrimaryButton, SecondaryButton } from "@/components/form/buttons";
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
    <div className={`mt-4 ${errorFor(name) ? "border-l-4 border-red-700 pl-4" : ""}`}>
      <label htmlFor={name} className="block font-semibold">
        {label}
      </label>
      {errorFor(name) && (
        <p id={`${name}-error`} className="mt-1 font-semibold text-red-800">
          {errorFor(name)}
        </p>
      )}
      <textarea
        id={name}
        name={name}
        rows={5}
        maxLength={max * 5}
        aria-invalid={errorFor(name) ? true : undefined}
        aria-describedby={errorFor(name) ? `${name}-error` : undefined}
        className="mt-2 block w-full max-w-2xl rounded border-2 border-slate-700 px-3 py-2"
      />
    </div>
  );

  return (
    <>
      <section aria-labelledby="write">
        <h2 id="write">{t("writeHeading")}</h2>
        <form method="post" action={statusAction(token, "message")} encType="multipart/form-data" noValidate>
          <input type="hidden" name="locale" value={locale} />
          {field("message", t("messageLabel"), messageMax)}
          <div className="mt-4">
            <label htmlFor="file" className="block font-semibold">
              {t("fileLabel")}
            </label>
            <p id="file-hint" className="mt-1 text-slate-700">
              {t("fileHint")}
            </p>
            <input id="file" name="file" type="file" aria-describedby="file-hint" className="mt-2 block" />
          </div>
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
