import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AnswersList } from "@/components/intake/answers-list";
import { ACTIONS_WITH_FORMS } from "@/components/staff/action-form";
import { CaseActions, CasePartnership } from "@/components/staff/case/case-actions";
import { CaseMessages, CaseNotes } from "@/components/staff/case/case-conversation";
import { CaseHeader } from "@/components/staff/case/case-header";
import { CasePeople } from "@/components/staff/case/case-people";
import { CaseDocuments, CaseOpinions, CaseProposal } from "@/components/staff/case/case-records";
import { CaseTimeline } from "@/components/staff/case-timeline";
import type { Answers } from "@/lib/domain/intake/schema";
import { isUuid } from "@/lib/domain/ids";
import { can } from "@/lib/domain/permissions";
import { Link } from "@/lib/i18n/navigation";
import { BackLink } from "@/components/back-link";
import { asLocale } from "@/lib/server/urls";
import { requireStaff } from "@/lib/server/auth/session";
import { partnershipForRequest } from "@/lib/server/partnerships/queries";
import { caseActionsFor } from "@/lib/server/staff/case-actions";
import { caseDetail } from "@/lib/server/staff/case-detail";
import { readFlash } from "@/lib/server/staff/flash";
import { listLotsUsers, listUsersWithRole } from "@/lib/server/staff/users";
import { recordRead } from "@/lib/server/records/read-log";
import { first } from "@/lib/server/staff/page";

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

// Two columns from 1024 px: the request on the left; actions and people above, records and the
// timeline below on the right. In one column (and for screen readers) the order is actions, the
// request, then records, so a lots coordinator reaches the next move first.
export default async function CasePage({ params, searchParams }: Props) {
  const { id, locale: raw } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  const { user } = await requireStaff("viewAllCases", casePath(locale, id));
  if (!isUuid(id)) notFound();
  const detail = await caseDetail(id);
  if (!detail) notFound();
  await recordRead({ staffId: user.id, entity: "case", entityId: id, caseId: id });
  const { request } = detail;
  const t = await getTranslations("staff");
  const records = await getTranslations("records");
  const sp = await searchParams;
  const flash = await readFlash(first(sp.form));
  const grantedIop =
    request.status === "ENDED" && request.outcome === "GRANTED" && request.collaborationForm === "IOP";
  const [actions, experts, lotsUsers, partnership] = await Promise.all([
    caseActionsFor(user.roles, request),
    listUsersWithRole("EXPERT"),
    can(user.roles, "assignCases") ? listLotsUsers() : null,
    grantedIop ? partnershipForRequest(id) : null,
  ]);
  const mayReadNotes = can(user.roles, "readNotes");

  return (
    <>
      <BackLink href="/staff/cases">{t("case.back")}</BackLink>
      <CaseHeader
        request={request}
        outcome={{
          fel: first(sp.fel),
          reason: first(sp.reason),
          detail: first(sp.detail),
          ok: typeof sp.ok === "string",
        }}
      />
      <div className="grid gap-x-10 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:grid-rows-[auto_1fr]">
        <div className="min-w-0 lg:col-start-2 lg:row-start-1">
          <CaseActions
            request={request}
            actions={actions.filter((a) => ACTIONS_WITH_FORMS.includes(a))}
            experts={experts}
            locale={locale}
            flash={flash}
          />
          {grantedIop && can(user.roles, "viewPartnerships") && (
            <CasePartnership
              requestId={id}
              partnershipId={partnership?.id ?? null}
              mayCreate={can(user.roles, "managePartnerships")}
              locale={locale}
            />
          )}
          <CasePeople request={request} lotsUsers={lotsUsers} locale={locale} />
        </div>
        <div className="min-w-0 lg:col-start-1 lg:row-span-2 lg:row-start-1">
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
          {detail.proposal && (
            <CaseProposal
              requestId={id}
              proposal={detail.proposal}
              showDocuments={mayReadNotes}
              locale={locale}
            />
          )}
          <CaseOpinions opinions={detail.opinions} />
          <CaseMessages
            detail={detail}
            locale={locale}
            flash={flash}
            mayWrite={can(user.roles, "messageApplicant") && request.status === "OPEN"}
          />
        </div>
        <div className="min-w-0 lg:col-start-2 lg:row-start-2">
          {can(user.roles, "readCaseDocuments") && (
            <p>
              <Link href={{ pathname: "/staff/cases/[id]/documents", params: { id } }}>
                {records("documents.link")}
              </Link>
            </p>
          )}
          <CaseDocuments attachments={detail.attachments} />
          {mayReadNotes && <CaseNotes detail={detail} locale={locale} flash={flash} />}
          <CaseTimeline events={detail.events} />
        </div>
      </div>
    </>
  );
}
