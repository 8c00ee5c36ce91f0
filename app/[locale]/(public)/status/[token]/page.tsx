import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PrimaryButton, SecondaryButton } from "@/components/form/buttons";
import { ErrorSummary } from "@/components/form/error-summary";
import { NotFoundText } from "@/components/layout/not-found-text";
import { StepTimeline } from "@/components/intake/step-timeline";
import { validateSection, type Answers } from "@/lib/domain/intake/schema";
import { findSection } from "@/lib/domain/intake/sections";
import { Link } from "@/lib/i18n/navigation";
import { MESSAGE_MAX, REASON_MAX } from "@/lib/server/intake/applicant-actions";
import { StatusLinkExpired } from "@/components/intake/status-link-expired";
import { env } from "@/lib/server/env";
import { statusLinkAccess, statusMessages, statusTimeline } from "@/lib/server/intake/status";
import { getSettings } from "@/lib/server/settings";

type Props = PageProps<"/[locale]/status/[token]">;
const STATUS_ERRORS = ["messageEmpty", "messageTooLong", "reasonEmpty", "reasonTooLong", "closed"] as const;
const OK_NOTICES = ["message", "withdrawn", "saved", "resent"] as const;
const FILE_ERRORS = ["empty", "tooLarge", "badType", "tooMany"] as const;

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, token } = await props.params;
  const access = await statusLinkAccess(token);
  if (access.state === "expired") {
    const links = await getTranslations({ locale, namespace: "links" });
    return { title: links("expired.title"), robots: { index: false, follow: false } };
  }
  if (access.state !== "open") {
    const errors = await getTranslations({ locale, namespace: "errors" });
    return { title: errors("notFoundTitle"), robots: { index: false, follow: false } };
  }
  const request = access.request;
  const t = await getTranslations({ locale, namespace: "status" });
  const title = t("title", { number: request.registrationNumber ?? "" });
  const fel = (await props.searchParams).fel;
  const intake = await getTranslations({ locale, namespace: "intake" });
  // Private page: never indexed, never cached by shared caches.
  return {
    title: fel ? intake("errorTitlePrefix", { title }) : title,
    robots: { index: false, follow: false },
  };
}

export default async function StatusPage(props: Props) {
  const { locale, token } = await props.params;
  setRequestLocale(locale);
  const access = await statusLinkAccess(token);
  if (access.state === "expired") {
    const { contactEmail } = await getSettings();
    const days = env().STATUS_LINK_DAYS_AFTER_END;
    return <StatusLinkExpired endedAt={access.endedAt} days={days} contactEmail={contactEmail} />;
  }
  if (access.state !== "open") return <NotFoundText />;
  const request = access.request;
  const t = await getTranslations("status");
  const staffT = await getTranslations("staff");
  const intake = await getTranslations("intake");
  const format = await getFormatter();
  const sp = await props.searchParams;
  const fel = typeof sp.fel === "string" ? sp.fel : undefined;
  const statusError = STATUS_ERRORS.find((e) => e === fel);
  const fileError = FILE_ERRORS.find((e) => e === fel);
  const messages = await statusMessages(request.id);
  const open = request.status === "OPEN";
  // A question that lotsen answered is "answered", not a case that was closed for a reason.
  const answered = request.kind === "QUESTION" && request.outcome === "CLOSED";
  // Sections lotsen reopened ("ask for more information"), and which of them still have errors.
  const reopened = open ? request.reopenedSections.filter((id) => findSection(id)) : [];
  const answers = (request.answers ?? {}) as Answers;
  const invalidReopened =
    fel === "info"
      ? reopened.filter((id) => Object.keys(validateSection(findSection(id)!, answers[id])).length > 0)
      : [];
  const lastFromLotsen = [...messages].reverse().find((m) => m.from === "STAFF");
  const ok = OK_NOTICES.find((o) => o === sp.ok);
  const okText = ok
    ? ok === "message"
      ? t("messageSent")
      : ok === "withdrawn"
        ? t("withdrawn")
        : t(ok === "saved" ? "moreInfo.saved" : "moreInfo.sent")
    : undefined;
  const errorFor = (field: string) =>
    (statusError?.startsWith("message") && field === "message") ||
    (statusError?.startsWith("reason") && field === "reason")
      ? t(`errors.${statusError}`)
      : fileError && field === "file"
        ? intake(`attachments.errors.${fileError}`, { max: 5 })
        : undefined;
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
  const action = (path: string) => `/api/status/${token}/${path}`;
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
      <ErrorSummary title={intake("errorSummaryTitle")} errors={summary} />
      <h1>{t("title", { number: request.registrationNumber ?? "" })}</h1>
      <p className="text-lg">{t("lead")}</p>
      {okText && (
        <p role="status" className="border-l-4 border-green-800 bg-green-50 p-3">
          {okText}
        </p>
      )}
      {reopened.length > 0 && (
        <section
          aria-labelledby="more-info-title"
          id="more-info"
          tabIndex={-1}
          className="mt-6 border-4 border-brand-700 p-4"
          data-testid="more-info"
        >
          <h2 id="more-info-title" className="mt-0">
            {t("moreInfo.heading")}
          </h2>
          <p>{t("moreInfo.lead")}</p>
          {lastFromLotsen && (
            <>
              <h3>{t("moreInfo.messageLabel")}</h3>
              <p className="whitespace-pre-line">{lastFromLotsen.body}</p>
            </>
          )}
          <h3>{t("moreInfo.sectionsHeading")}</h3>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {reopened.map((id) => (
              <li key={id}>
                <Link
                  href={{ pathname: "/status/[token]/komplettera/[section]", params: { token, section: id } }}
                >
                  {t("moreInfo.edit", { section: intake(`sections.${id}` as never) })}
                </Link>
                {invalidReopened.includes(id) && (
                  <span className="ml-2 font-semibold text-red-800">
                    ({intake("errorTitlePrefix", { title: intake(`sections.${id}` as never) })})
                  </span>
                )}
              </li>
            ))}
          </ul>
          <h3>{t("moreInfo.sendHeading")}</h3>
          <p>{t("moreInfo.sendText")}</p>
          <form method="post" action={action("resend")} noValidate>
            <input type="hidden" name="locale" value={locale} />
            <PrimaryButton type="submit">{t("moreInfo.send")}</PrimaryButton>
          </form>
        </section>
      )}
      <dl className="mt-4 grid gap-2 sm:grid-cols-3">
        <dt className="font-semibold">{t("subject")}</dt>
        <dd className="sm:col-span-2">{request.subject}</dd>
        <dt className="font-semibold">{t("received")}</dt>
        <dd className="sm:col-span-2">
          {request.receivedAt && format.dateTime(request.receivedAt, { dateStyle: "long" })}
        </dd>
      </dl>

      {request.status === "ENDED" && request.outcome && (
        <section aria-labelledby="ended" className="mt-8 border-4 border-slate-700 p-4">
          <h2 id="ended" className="mt-0">
            {answered ? t("answeredHeading") : `${t("endedHeading")}: ${t(`outcome.${request.outcome}`)}`}
          </h2>
          {request.outcome === "GRANTED" && request.collaborationForm && (
            <p>
              <strong>{t("grantedForm")}:</strong> {staffT(`recommended.${request.collaborationForm}`)}
            </p>
          )}
          {request.outcomeReason && (
            <p>
              <strong>{answered ? t("answer") : t("outcomeReason")}:</strong> {request.outcomeReason}
            </p>
          )}
        </section>
      )}

      <section aria-labelledby="steps">
        <h2 id="steps">{t("stepsHeading")}</h2>
        {request.kind === "QUESTION" ? (
          <ol className="mt-4 list-decimal space-y-2 pl-6">
            <li aria-current={open ? "step" : undefined}>{t("questionSteps.RECEIVED")}</li>
            <li aria-current={!open ? "step" : undefined}>{t("questionSteps.ANSWERED")}</li>
          </ol>
        ) : (
          <StepTimeline steps={await statusTimeline(request)} />
        )}
      </section>

      <section aria-labelledby="messages-title" id="messages" tabIndex={-1}>
        <h2 id="messages-title">{t("messagesHeading")}</h2>
        {messages.length === 0 ? (
          <p>{t("noMessages")}</p>
        ) : (
          <ul className="mt-4 space-y-4">
            {messages.map((m) => (
              <li
                key={m.id}
                className={`rounded border-l-4 p-4 ${m.from === "STAFF" ? "border-brand-700 bg-brand-50" : "border-slate-500 bg-slate-50"}`}
              >
                <p className="mt-0 font-semibold">
                  {m.from === "STAFF" ? t("fromLotsen") : t("fromYou")},{" "}
                  {format.dateTime(m.createdAt, { dateStyle: "long", timeStyle: "short" })}
                </p>
                <p className="whitespace-pre-line">{m.body}</p>
                {m.attachments.map((a) => (
                  <p key={a.id}>
                    {t("attachment")}: <a href={action(`files/${a.id}`)}>{a.filename}</a>
                  </p>
                ))}
              </li>
            ))}
          </ul>
        )}
      </section>

      {open && (
        <>
          <section aria-labelledby="write">
            <h2 id="write">{t("writeHeading")}</h2>
            <form method="post" action={action("message")} encType="multipart/form-data" noValidate>
              <input type="hidden" name="locale" value={locale} />
              {field("message", t("messageLabel"), MESSAGE_MAX)}
              <div className="mt-4">
                <label htmlFor="file" className="block font-semibold">
                  {t("fileLabel")}
                </label>
                <p id="file-hint" className="mt-1 text-slate-700">
                  {t("fileHint")}
                </p>
                <input
                  id="file"
                  name="file"
                  type="file"
                  aria-describedby="file-hint"
                  className="mt-2 block"
                />
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
              <form method="post" action={action("withdraw")} noValidate>
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="version" value={request.version} />
                {field("reason", t("withdrawReason"), REASON_MAX)}
                <SecondaryButton type="submit" className="mt-4">
                  {t("withdrawButton")}
                </SecondaryButton>
              </form>
            </section>
          )}
        </>
      )}
    </>
  );
}
