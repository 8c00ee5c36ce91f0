import { getTranslations } from "next-intl/server";
import { PrimaryButton } from "@/components/form/buttons";
import { ActionForm } from "@/components/staff/action-form";
import type { WorkflowAction } from "@/lib/domain/workflow";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { CaseDetail } from "@/lib/server/staff/case-detail";
import type { Flash } from "@/lib/server/staff/flash";

/** The workflow moves this person may make now, each its own form. */
export async function CaseActions(props: {
  request: CaseDetail["request"];
  actions: WorkflowAction[];
  experts: { id: string; name: string }[];
  locale: Locale;
  flash: Flash | null;
}) {
  const t = await getTranslations("staff");
  const { request, flash } = props;
  return (
    <section aria-labelledby="actions-h">
      <h2 id="actions-h">{t("case.actions")}</h2>
      {props.actions.length === 0 ? (
        <p>{t("case.noActions")}</p>
      ) : (
        props.actions.map((a) => (
          <div key={a} id={a}>
            <ActionForm
              action={a}
              requestId={request.id}
              version={request.version}
              locale={props.locale}
              experts={props.experts}
              values={flash?.form === a ? flash.values : undefined}
              errors={flash?.form === a ? flash.errors : undefined}
              open={flash?.form === a}
            />
          </div>
        ))
      )}
    </section>
  );
}

/** A request granted as IOP becomes a partnership (once: Partnership.requestId is unique). */
export async function CasePartnership(props: {
  requestId: string;
  partnershipId: string | null;
  mayCreate: boolean;
  locale: Locale;
}) {
  const t = await getTranslations("partnerships");
  return (
    <section aria-labelledby="partnership-h">
      <h2 id="partnership-h">{t("fromRequest.heading")}</h2>
      {props.partnershipId ? (
        <p>
          <Link href={{ pathname: "/staff/partnerships/[id]", params: { id: props.partnershipId } }}>
            {t("fromRequest.open")}
          </Link>
        </p>
      ) : (
        props.mayCreate && (
          <form method="post" action={`/api/staff/partnerships/from-request/${props.requestId}`}>
            <input type="hidden" name="locale" value={props.locale} />
            <p>{t("fromRequest.lead")}</p>
            <PrimaryButton type="submit">{t("fromRequest.create")}</PrimaryButton>
          </form>
        )
      )}
    </section>
  );
}
