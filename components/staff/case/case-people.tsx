import { getTranslations } from "next-intl/server";
import { SecondaryButton } from "@/components/form/buttons";
import { LotsSelect } from "@/components/staff/lots-select";
import type { Locale } from "@/lib/i18n/routing";
import type { CaseDetail } from "@/lib/server/staff/case-detail";

/** Who the request is from, and which lots coordinator has it (and, for lots, a change of that). */
export async function CasePeople(props: {
  request: CaseDetail["request"];
  lotsUsers: { id: string; name: string }[] | null;
  locale: Locale;
}) {
  const t = await getTranslations("staff");
  const { request } = props;
  return (
    <>
      <section aria-labelledby="org-h">
        <h2 id="org-h">{t("case.organisation")}</h2>
        <dl className="mt-2 grid gap-1 sm:grid-cols-3">
          {request.organisation && (
            <>
              <dt className="font-semibold">{t("inbox.organisation")}</dt>
              <dd className="break-words sm:col-span-2">
                {request.organisation.name} ({request.organisation.orgNumber})
              </dd>
            </>
          )}
          {request.contact && (
            <>
              <dt className="font-semibold">{t("case.contact")}</dt>
              <dd className="break-words sm:col-span-2">
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
        {props.lotsUsers && request.status === "OPEN" && (
          <form
            method="post"
            action="/api/staff/cases/assign"
            className="mt-2 flex flex-wrap items-end gap-3"
          >
            <input type="hidden" name="locale" value={props.locale} />
            <input type="hidden" name="ids" value={request.id} />
            <input
              type="hidden"
              name="back"
              value={`${props.locale === "en" ? "/en" : ""}/staff/cases/${request.id}`}
            />
            <LotsSelect
              label={t("inbox.assigned")}
              noneLabel={t("inbox.unassign")}
              lotsUsers={props.lotsUsers}
              defaultValue={request.assignedTo?.id}
            />
            <SecondaryButton type="submit">{t("case.assign")}</SecondaryButton>
          </form>
        )}
      </section>
    </>
  );
}
