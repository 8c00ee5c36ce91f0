import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { NotFoundText } from "@/components/layout/not-found-text";
import { StatusForms } from "@/components/intake/status-forms";
import {
  FILE_ERRORS,
  OK_NOTICES,
  STATUS_ERRORS,
  StatusErrorSummary,
  StatusOkNotice,
} from "@/components/intake/status-notices";
import { MoreInfoSection, StatusMessages, StatusOutcome } from "@/components/intake/status-sections";
import { StepTimeline } from "@/components/intake/step-timeline";
import { validateSection, type Answers } from "@/lib/domain/intake/schema";
import { findSection } from "@/lib/domain/intake/sections";
import { MESSAGE_MAX, REASON_MAX } from "@/lib/domain/applicant-forms";
import { StatusLinkExpired } from "@/components/intake/status-link-expired";
import { env } from "@/lib/server/env";
import { statusLinkAccess, statusMessages, statusTimeline } from "@/lib/server/intake/status";
import { getSettings } from "@/lib/server/settings";

type Props = PageProps<"/[locale]/status/[token]">;

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
  const format = await getFormatter();
  const sp = await props.searchParams;
  const fel = typeof sp.fel === "string" ? sp.fel : undefined;
  const statusError = STATUS_ERRORS.find((e) => e === fel);
  const fileError = FILE_ERRORS.find((e) => e === fel);
  const messages = await statusMessages(request.id);
  const open = request.status === "OPEN";
  // Sections lotsen reopened ("ask for more information"), and which of them still have errors.
  const reopened = open ? request.reopenedSections.filter((id) => findSection(id)) : [];
  const answers = (request.answers ?? {}) as Answers;
  const invalidReopened =
    fel === "info"
      ? reopened.filter((id) => Object.keys(validateSection(findSection(id)!, answers[id])).length > 0)
      : [];

  return (
    <>
      <StatusErrorSummary statusError={statusError} fileError={fileError} invalidReopened={invalidReopened} />
      <h1>{t("title", { number: request.registrationNumber ?? "" })}</h1>
      <p className="text-lg">{t("lead")}</p>
      <StatusOkNotice ok={OK_NOTICES.find((o) => o === sp.ok)} />
      {reopened.length > 0 && (
        <MoreInfoSection
          token={token}
          locale={locale}
          reopened={reopened}
          invalidReopened={invalidReopened}
          messages={messages}
        />
      )}
      <dl className="mt-4 grid gap-2 sm:grid-cols-3">
        <dt className="font-semibold">{t("subject")}</dt>
        <dd className="sm:col-span-2">{request.subject}</dd>
        <dt className="font-semibold">{t("received")}</dt>
        <dd className="sm:col-span-2">
          {request.receivedAt && format.dateTime(request.receivedAt, { dateStyle: "long" })}
        </dd>
      </dl>

      <StatusOutcome request={request} />

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

      <StatusMessages token={token} messages={messages} />

      {open && (
        <StatusForms
          token={token}
          locale={locale}
          request={request}
          statusError={statusError}
          messageMax={MESSAGE_MAX}
          reasonMax={REASON_MAX}
        />
      )}
    </>
  );
}
