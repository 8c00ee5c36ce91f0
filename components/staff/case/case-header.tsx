import { getTranslations } from "next-intl/server";
import type { CaseDetail } from "@/lib/server/staff/case-detail";

const REFUSAL_REASONS = ["ended", "wrongKind", "notAllowedForRole", "wrongStep", "precondition"];

/** The one alert at #fel for every refusal, the confirmation, the title and where the case stands. */
export async function CaseHeader({
  request,
  outcome,
}: {
  request: CaseDetail["request"];
  outcome: { fel?: string; reason?: string; detail?: string; ok: boolean };
}) {
  const t = await getTranslations("staff");
  const steps = await getTranslations("steps");
  const statusT = await getTranslations("status");
  const partnerships = await getTranslations("partnerships");
  const refusal = (reason: string, detail: string) =>
    (t as unknown as (k: string, v: Record<string, string>) => string)(`refusal.${reason}`, {
      detail: t.has(`refusalDetail.${detail}` as never) ? t(`refusalDetail.${detail}` as never) : "",
    });
  // Also shown when the request is no longer one granted as IOP (its partnership section is gone then).
  const banner =
    outcome.fel === "conflict"
      ? t("case.conflict")
      : outcome.fel === "notGrantedIop"
        ? partnerships("fromRequest.refused")
        : outcome.fel === "refused" && REFUSAL_REASONS.includes(String(outcome.reason))
          ? `${t("case.refused")} ${refusal(String(outcome.reason), String(outcome.detail))}`
          : undefined;
  return (
    <>
      {banner && (
        <div id="fel" role="alert" tabIndex={-1} className="mb-6 border-4 border-red-700 p-4 font-semibold">
          {banner}
        </div>
      )}
      {outcome.ok && (
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
    </>
  );
}
