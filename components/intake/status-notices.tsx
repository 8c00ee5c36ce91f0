import { getTranslations } from "next-intl/server";
import { ErrorSummary } from "@/components/form/error-summary";

// What the status page says after a post: the errors named in the query string (fel) and the
// notice that something was done (ok). Only the known words are shown.

export const STATUS_ERRORS = [
  "messageEmpty",
  "messageTooLong",
  "reasonEmpty",
  "reasonTooLong",
  "closed",
] as const;
export const OK_NOTICES = ["message", "withdrawn", "saved", "resent"] as const;
export const FILE_ERRORS = ["empty", "tooLarge", "badType", "tooMany"] as const;
export type StatusError = (typeof STATUS_ERRORS)[number];

export async function StatusErrorSummary({
  statusError,
  fileError,
  invalidReopened,
}: {
  statusError?: StatusError;
  fileError?: (typeof FILE_ERRORS)[number];
  invalidReopened: string[];
}) {
  const t = await getTranslations("status");
  const intake = await getTranslations("intake");
  const summary = [
    ...(statusError
      ? [
          {
            fieldId: statusError.startsWith("reason")
              ? "reason"
              : statusError === "closed"
                ? "messages"
                : "message",
            message: t(`errors.${statusError}`),
          },
        ]
      : []),
    ...(fileError
      ? [{ fieldId: "file", message: intake(`attachments.errors.${fileError}`, { max: 5 }) }]
      : []),
    ...(invalidReopened.length > 0
      ? [
          {
            fieldId: "more-info",
            message: t("moreInfo.errors.invalid", {
              sections: invalidReopened.map((id) => intake(`sections.${id}` as never)).join(", "),
            }),
          },
        ]
      : []),
  ];
  return <ErrorSummary title={intake("errorSummaryTitle")} errors={summary} />;
}

export async function StatusOkNotice({ ok }: { ok?: (typeof OK_NOTICES)[number] }) {
  const t = await getTranslations("status");
  const okText = ok
    ? ok === "message"
      ? t("messageSent")
      : ok === "withdrawn"
        ? t("withdrawn")
        : t(ok === "saved" ? "moreInfo.saved" : "moreInfo.sent")
    : undefined;
  if (!okText) return null;
  return (
    <p role="status" className="border-l-4 border-green-800 bg-green-50 p-3">
      {okText}
    </p>
  );
}
