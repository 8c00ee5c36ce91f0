import { getFormatter, getTranslations } from "next-intl/server";
import { PrimaryButton } from "@/components/form/buttons";
import { Entry, ItemList } from "@/components/item-list";
import { Link } from "@/lib/i18n/navigation";
import type { StatusRequest, statusMessages } from "@/lib/server/intake/status";

// The sections of the applicant's status page (a private link, no sign-in). Every action on it is a
// plain form post, so the page works without JavaScript.

export type StatusMessage = Awaited<ReturnType<typeof statusMessages>>[number];

export const statusAction = (token: string, path: string) => `/api/status/${token}/${path}`;

/** Sections lotsen reopened ("ask for more information"), their edit links and the resend form. */
export async function MoreInfoSection({
  token,
  locale,
  reopened,
  invalidReopened,
  messages,
}: {
  token: string;
  locale: string;
  reopened: string[];
  invalidReopened: string[];
  messages: StatusMessage[];
}) {
  const t = await getTranslations("status");
  const intake = await getTranslations("intake");
  const lastFromLotsen = [...messages].reverse().find((m) => m.from === "STAFF");
  return (
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
      <form method="post" action={statusAction(token, "resend")} noValidate>
        <input type="hidden" name="locale" value={locale} />
        <PrimaryButton type="submit">{t("moreInfo.send")}</PrimaryButton>
      </form>
    </section>
  );
}

/** How the case ended, once it has. */
export async function StatusOutcome({ request }: { request: StatusRequest }) {
  if (request.status !== "ENDED" || !request.outcome) return null;
  const t = await getTranslations("status");
  const staffT = await getTranslations("staff");
  // A question that lotsen answered is "answered", not a case that was closed for a reason.
  const answered = request.kind === "QUESTION" && request.outcome === "CLOSED";
  return (
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
  );
}

export async function StatusMessages({ token, messages }: { token: string; messages: StatusMessage[] }) {
  const t = await getTranslations("status");
  const format = await getFormatter();
  return (
    <section aria-labelledby="messages-title" id="messages" tabIndex={-1}>
      <h2 id="messages-title">{t("messagesHeading")}</h2>
      <ItemList
        items={messages}
        empty={t("noMessages")}
        className="mt-4 space-y-4"
        itemClassName={(m) =>
          `rounded border-l-4 p-4 ${m.from === "STAFF" ? "border-brand-700 bg-brand-50" : "border-slate-500 bg-slate-50"}`
        }
      >
        {(m) => (
          <Entry
            heading={`${m.from === "STAFF" ? t("fromLotsen") : t("fromYou")}, ${format.dateTime(m.createdAt, { dateStyle: "long", timeStyle: "short" })}`}
          >
            <p className="whitespace-pre-line">{m.body}</p>
            {m.attachments.map((a) => (
              <p key={a.id}>
                {t("attachment")}: <a href={statusAction(token, `files/${a.id}`)}>{a.filename}</a>
              </p>
            ))}
          </Entry>
        )}
      </ItemList>
    </section>
  );
}
