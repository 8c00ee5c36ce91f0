import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PrimaryButton, SecondaryButton } from "@/components/form/buttons";
import { AnswersList } from "@/components/intake/answers-list";
import { ActionForm, ACTIONS_WITH_FORMS } from "@/components/staff/action-form";
import { CaseTimeline } from "@/components/staff/case-timeline";
import { LotsSelect } from "@/components/staff/lots-select";
import type { Answers } from "@/lib/domain/intake/schema";
import { isUuid } from "@/lib/domain/ids";
import { can } from "@/lib/domain/permissions";
import { availableActions } from "@/lib/domain/workflow";
import { Link } from "@/lib/i18n/navigation";
import { requireStaff } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/db/client";
import { partnershipForRequest } from "@/lib/server/partnerships/queries";
import { workflowContext } from "@/lib/server/staff/case-context";
import { caseDetail } from "@/lib/server/staff/case-detail";
import { readFlash } from "@/lib/server/staff/flash";
import { listLotsUsers, listUsersWithRole } from "@/lib/server/staff/users";
import { getWorkflowSettings } from "@/lib/server/workflow-settings";

type Props = PageProps<"/[locale]/staff/cases/[id]">;

const casePath = (locale: string, id: string) => `${locale === "en" ? "/en" : ""}/staff/cases/${id}`;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  // The title names the case, so the page's own check comes first: nothing is read for anyone it refuses.
  await requireStaff("viewAllCases", casePath(locale, id));
  const t = await getTranslations({ locale, namespace: "staff.case" });
  const detail = isUuid(id) ? await caseDetail(id) : null;
  return {
    title: detail
      ? t("title", { number: detail.request.registrationNumber ?? "", subject: detail.request.subject ?? "" })
      : "404",
    robots: { index: false },
  };
}

export default async function CasePage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const { user } = await requireStaff("viewAllCases", casePath(locale, id));
  if (!isUuid(id)) notFound();
  const detail = await caseDetail(id);
  if (!detail) notFound();
  const { request } = detail;
  const t = await getTranslations("staff");
  const steps = await getTranslations("steps");
  const statusT = await getTranslations("status");
  const format = await getFormatter();
  const sp = await searchParams;
  const formName = typeof sp.form === "string" ? sp.form : undefined;
  const flash = await readFlash(formName);
  const settings = await getWorkflowSettings();
  const context = await workflowContext(await getDb(), id);
  const actions =
    request.status === "OPEN" && request.step
      ? availableActions(
          { kind: "staff", roles: user.roles },
          { status: "OPEN", step: request.step, kind: request.kind },
          context,
          settings,
        ).filter((a) => ACTIONS_WITH_FORMS.includes(a))
      : [];
  const [experts, lotsUsers] = await Promise.all([listUsersWithRole("EXPERT"), listLotsUsers()]);
  const partnerships = await getTranslations("partnerships");
  // A request granted as IOP becomes a partnership (once: Partnership.requestId is unique).
  const grantedIop =
    request.status === "ENDED" && request.outcome === "GRANTED" && request.collaborationForm === "IOP";
  const partnership = grantedIop ? await partnershipForRequest(id) : null;
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  // One alert at #fel for every refusal, also when the request is no longer one granted as IOP
  // (then the partnership section below is not shown at all).
  const banner =
    sp.fel === "conflict"
      ? t("case.conflict")
      : sp.fel === "notGrantedIop"
        ? partnerships("fromRequest.refused")
        : sp.fel === "refused" &&
            ["ended", "wrongKind", "notAllowedForRole", "wrongStep", "precondition"].includes(
              String(sp.reason),
            )
          ? `${t("case.refused")} ${(t as unknown as (k: string, v: Record<string, string>) => string)(`refusal.${String(sp.reason)}`, { detail: t.has(`refusalDetail.${String(sp.detail)}` as never) ? t(`refusalDetail.${String(sp.detail)}` as never) : "" })}`
          : undefined;

  return (
    <>
      <p className="mt-0">
        <Link href="/staff/cases">{t("case.back")}</Link>
      </p>
      {banner && (
        <div id="fel" role="alert" tabIndex={-1} className="mb-6 border-4 border-red-700 p-4 font-semibold">
          {banner}
        </div>
      )}
      {typeof sp.ok === "string" && (
        <p role="status" className="border-l-4 border-green-800 bg-green-50 p-3">
          {t("case.done")}
        </p>
      )}
      <h1>{t("case.title", { number: request.registrationNumber ?? "", subject: request.subject ?? "" })}</h1>
      <dl className="mt-4 grid gap-2 sm:grid-cols-4">
        <dt className="font-semibold">{t("case.step")}</dt>
        <dd className="sm:col-span-3" data-testid="case-step">
          {request.step ? steps(`${request.step}.name`) : ""}
        </dd>
        <dt className="font-semibold">{t("case.status")}</dt>
        <dd className="sm:col-span-3" data-testid="case-status">
          {request.status === "ENDED" && request.outcome
            ? t("case.ended", { outcome: statusT(`outcome.${request.outcome}`) })
            : t("inbox.statusOPEN")}
          {request.outcomeReason && ` – ${request.outcomeReason}`}
        </dd>
      </dl>

      <section aria-labelledby="actions-h">
        <h2 id="actions-h">{t("case.actions")}</h2>
        {actions.length === 0 ? (
          <p>{t("case.noActions")}</p>
        ) : (
          actions.map((a) => (
            <div key={a} id={a}>
              <ActionForm
                action={a}
                requestId={id}
                version={request.version}
                locale={locale}
                experts={experts}
                values={flash?.form === a ? flash.values : undefined}
                errors={flash?.form === a ? flash.errors : undefined}
                open={flash?.form === a}
              />
            </div>
          ))
        )}
      </section>

      {grantedIop && can(user.roles, "viewPartnerships") && (
        <section aria-labelledby="partnership-h">
          <h2 id="partnership-h">{partnerships("fromRequest.heading")}</h2>
          {partnership ? (
            <p>
              <Link href={{ pathname: "/staff/partnerships/[id]", params: { id: partnership.id } }}>
                {partnerships("fromRequest.open")}
              </Link>
            </p>
          ) : (
            can(user.roles, "managePartnerships") && (
              <form method="post" action={`/api/staff/partnerships/from-request/${id}`}>
                <input type="hidden" name="locale" value={locale} />
                <p>{partnerships("fromRequest.lead")}</p>
                <PrimaryButton type="submit">{partnerships("fromRequest.create")}</PrimaryButton>
              </form>
            )
          )}
        </section>
      )}

      <section aria-labelledby="org-h">
        <h2 id="org-h">{t("case.organisation")}</h2>
        <dl className="mt-2 grid gap-1 sm:grid-cols-4">
          {request.organisation && (
            <>
              <dt className="font-semibold">{t("inbox.organisation")}</dt>
              <dd className="sm:col-span-3">
                {request.organisation.name} ({request.organisation.orgNumber})
              </dd>
            </>
          )}
          {request.contact && (
            <>
              <dt className="font-semibold">{t("case.contact")}</dt>
              <dd className="sm:col-span-3">
                {request.contact.name},{" "}
                <a href={`mailto:${request.contact.email}`}>{request.contact.email}</a>
                {request.contact.phone ? `, ${request.contact.phone}` : ""}
              </dd>
            </>
          )}
        </dl>
      </section>

      <section aria-labelledby="assign-h">
        <h2 id="assign-h">{t("case.assignment")}</h2>
        <p>{request.assignedTo?.name ?? t("inbox.assignedNone")}</p>
        {can(user.roles, "assignCases") && request.status === "OPEN" && (
          <form
            method="post"
            action="/api/staff/cases/assign"
            className="mt-2 flex flex-wrap items-end gap-3"
          >
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="ids" value={id} />
            <input type="hidden" name="back" value={`${locale === "en" ? "/en" : ""}/staff/cases/${id}`} />
            <LotsSelect
              label={t("inbox.assigned")}
              noneLabel={t("inbox.unassign")}
              lotsUsers={lotsUsers}
              defaultValue={request.assignedTo?.id}
            />
            <SecondaryButton type="submit">{t("case.assign")}</SecondaryButton>
          </form>
        )}
      </section>

      <section aria-labelledby="docs-h">
        <h2 id="docs-h">{t("case.documents")}</h2>
        {detail.attachments.length === 0 ? (
          <p>{t("case.noDocuments")}</p>
        ) : (
          <ul className="mt-2 list-disc pl-6">
            {detail.attachments.map((a) => (
              <li key={a.id}>
                <a href={`/api/staff/files/${a.id}`}>{a.filename}</a> ({date(a.createdAt)})
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="opinions-h">
        <h2 id="opinions-h">{t("case.opinions")}</h2>
        {detail.opinions.length === 0 ? (
          <p>{t("case.noOpinions")}</p>
        ) : (
          <ul className="mt-2 space-y-3">
            {detail.opinions.map((o) => (
              <li key={o.id} className="border-l-4 border-slate-400 pl-3">
                <p className="mt-0 font-semibold">{o.expert.name}</p>
                <p className="mt-1">
                  {o.hasConflict ? t("case.opinionConflict") : o.answer ? o.answer : t("case.opinionPending")}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      {detail.proposal && (
        <section aria-labelledby="proposal-h">
          <h2 id="proposal-h">{t("case.proposal")}</h2>
          {can(user.roles, "readNotes") && (
            <p className="flex flex-wrap gap-6">
              <Link href={{ pathname: "/staff/cases/[id]/forslag", params: { id } }}>
                {t("proposalDoc.printLink")}
              </Link>
              <a href={`/api/staff/cases/${id}/proposal-pdf${locale === "en" ? "?lang=en" : ""}`} download>
                {t("proposalDoc.pdfLink")}
              </a>
            </p>
          )}
          <p>
            <strong>{t("fields.recommended")}:</strong>{" "}
            {t(`recommended.${detail.proposal.recommended}` as never)}
          </p>
          <p className="whitespace-pre-line">
            <strong>{t("fields.motivation")}:</strong> {detail.proposal.motivation}
          </p>
          <p className="whitespace-pre-line">
            <strong>{t("fields.resources")}:</strong> {detail.proposal.resources}
          </p>
          <ul className="mt-2 list-disc pl-6">
            {(detail.proposal.criteria as { key: string; met: string; note: string }[]).map((c) => (
              <li key={c.key}>
                {t(`criteria.${c.key}` as never)}: {t(`met.${c.met}` as never)}
                {c.note ? ` – ${c.note}` : ""}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="messages">
        <h2 id="messages">{t("case.messages")}</h2>
        <ul className="mt-2 space-y-3">
          {detail.messages.map((m) => (
            <li key={m.id} className="border-l-4 border-slate-400 pl-3">
              <p className="mt-0 font-semibold">
                {m.from === "STAFF" ? statusT("fromLotsen") : t("case.applicant")}, {date(m.createdAt)}
              </p>
              <p className="mt-1 whitespace-pre-line">{m.body}</p>
            </li>
          ))}
        </ul>
        {can(user.roles, "messageApplicant") && request.status === "OPEN" && (
          <form method="post" action={`/api/staff/cases/${id}/message`} className="mt-4" noValidate>
            <input type="hidden" name="locale" value={locale} />
            <label htmlFor="message" className="block font-semibold">
              {t("case.message")}
            </label>
            <p id="message-hint" className="mt-1 text-slate-700">
              {t("case.messageHint")}
            </p>
            {flash?.form === "message" && (
              <p id="message-error" className="font-semibold text-red-800">
                {t(`errors.${flash.errors.message}` as never)}
              </p>
            )}
            <textarea
              id="message"
              name="message"
              rows={4}
              defaultValue={flash?.form === "message" ? flash.values.message?.[0] : ""}
              aria-describedby={flash?.form === "message" ? "message-hint message-error" : "message-hint"}
              className="mt-1 block w-full rounded border-2 border-slate-700 px-3 py-2"
            />
            <PrimaryButton type="submit" className="mt-3">
              {t("case.sendMessage")}
            </PrimaryButton>
          </form>
        )}
      </section>

      {can(user.roles, "readNotes") && (
        <section aria-labelledby="notes">
          <h2 id="notes">{t("case.notes")}</h2>
          <p className="text-slate-700">{t("case.notesHint")}</p>
          {detail.notes.length === 0 ? (
            <p>{t("case.noNotes")}</p>
          ) : (
            <ul className="mt-2 space-y-3">
              {detail.notes.map((n) => (
                <li key={n.id} className="border-l-4 border-amber-600 pl-3">
                  <p className="mt-0 font-semibold">
                    {n.author.name}, {date(n.createdAt)}
                  </p>
                  <p className="mt-1 whitespace-pre-line">{n.body}</p>
                </li>
              ))}
            </ul>
          )}
          <form method="post" action={`/api/staff/cases/${id}/note`} className="mt-4" noValidate>
            <input type="hidden" name="locale" value={locale} />
            <label htmlFor="note" className="block font-semibold">
              {t("case.note")}
            </label>
            {flash?.form === "note" && (
              <p id="note-error" className="font-semibold text-red-800">
                {t(`errors.${flash.errors.note}` as never)}
              </p>
            )}
            <textarea
              id="note"
              name="note"
              rows={3}
              defaultValue={flash?.form === "note" ? flash.values.note?.[0] : ""}
              aria-describedby={flash?.form === "note" ? "note-error" : undefined}
              className="mt-1 block w-full rounded border-2 border-slate-700 px-3 py-2"
            />
            <SecondaryButton type="submit" className="mt-3">
              {t("case.addNote")}
            </SecondaryButton>
          </form>
        </section>
      )}

      <section aria-labelledby="answers-h">
        <h2 id="answers-h">{t("case.answers")}</h2>
        {request.kind === "QUESTION" ? (
          <p className="whitespace-pre-line">
            {String((request.answers as Answers).question?.question ?? "")}
          </p>
        ) : (
          <AnswersList answers={request.answers as Answers} />
        )}
      </section>

      <CaseTimeline events={detail.events} />
    </>
  );
}
