import { getFormatter, getTranslations } from "next-intl/server";
import { SecondaryButton } from "@/components/form/buttons";
import { TextField } from "@/components/form/field-kit";
import { fieldsOf } from "@/components/form/form-fields";
import { formatSek } from "@/lib/domain/budget";
import { isoDate } from "@/lib/domain/follow-ups";
import type { Locale } from "@/lib/i18n/routing";
import type { StaffPartnerReports } from "@/lib/server/partnerships/partner-reports";
import type { Flash } from "@/lib/server/staff/flash";
import { PostForm } from "@/components/form/post-form";

// One partner report on the staff page, with its review forms while it waits for a decision.

const cell = "border-b border-slate-300 px-2 py-1 text-left align-top";

export async function StaffPartnerReport(props: {
  report: StaffPartnerReports["partnerReports"][number];
  data: StaffPartnerReports;
  canManage: boolean;
  locale: Locale;
  flash: Flash | null;
}) {
  const { report: r, data, locale } = props;
  const t = await getTranslations("partner.staff");
  const format = await getFormatter();
  const followUp = data.followUps.find((f) => f.id === r.followUpId);
  const goals = Array.isArray(r.goalValues) ? (r.goalValues as { goalId: string; value: number }[]) : [];
  const costs = Array.isArray(r.costs) ? (r.costs as { budgetLineId: string; amountOre: number }[]) : [];
  const formId = `review-${r.id}`;
  const comment = fieldsOf(formId, props.flash, (code) => t(`errors.${code}` as never))("comment");
  return (
    <article
      className="mt-6 border-l-4 border-slate-300 pl-4"
      data-testid="staff-partner-report"
      aria-labelledby={`${formId}-h`}
    >
      <h3 id={`${formId}-h`} className="mt-0">
        {t("reportHeading", { party: r.party.name, quarter: r.quarter })}
      </h3>
      <p>
        <strong>{t("status")}:</strong>{" "}
        <span data-testid="report-status">{t("statuses", { status: r.status })}</span>
        {" · "}
        {t("submittedAt", { date: format.dateTime(r.submittedAt, { dateStyle: "long" }) })}
        {followUp &&
          ` · ${t("answers", { date: format.dateTime(new Date(`${isoDate(followUp.dueDate)}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" }) })}`}
      </p>
      <dl>
        <dt className="font-semibold">{t("activities")}</dt>
        <dd className="ml-0 whitespace-pre-line">{r.activities}</dd>
        <dt className="mt-2 font-semibold">{t("participants")}</dt>
        <dd className="ml-0">{r.participants}</dd>
        <dt className="mt-2 font-semibold">{t("volunteerHours")}</dt>
        <dd className="ml-0">{r.volunteerHours}</dd>
      </dl>
      {goals.length > 0 && (
        <table className="mt-4 w-full border-collapse">
          <caption className="text-left font-semibold">{t("goals")}</caption>
          <tbody>
            {goals.map((g) => (
              <tr key={g.goalId}>
                <th scope="row" className={cell}>
                  {data.goals.find((x) => x.id === g.goalId)?.text ?? "–"}
                </th>
                <td className={cell}>{g.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {costs.length > 0 && (
        <table className="mt-4 w-full border-collapse">
          <caption className="text-left font-semibold">{t("costs")}</caption>
          <tbody>
            {costs.map((c) => {
              const line = data.budgetLines.find((l) => l.id === c.budgetLineId);
              return (
                <tr key={c.budgetLineId}>
                  <th scope="row" className={cell}>
                    {line ? `${line.description} (${line.year})` : "–"}
                  </th>
                  <td className={`${cell} text-right`}>{formatSek(c.amountOre, locale)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {r.files.length > 0 && (
        <ul>
          {r.files.map((f) => (
            <li key={f.id}>
              <a href={`/api/staff/partnerships/${data.id}/partner-reports/files/${f.id}`} download>
                {f.filename}
              </a>
            </li>
          ))}
        </ul>
      )}
      {r.status === "RETURNED" && r.reviewComment && (
        <p className="whitespace-pre-line">
          <strong>{t("returnComment")}:</strong> {r.reviewComment}
        </p>
      )}
      {r.status === "SUBMITTED" && props.canManage && (
        <div className="mt-4 flex flex-wrap items-start gap-8">
          <PostForm action={`/api/staff/partnerships/${data.id}/partner-reports`} hidden={{ reportId: r.id }}>
            <input type="hidden" name="decision" value="accept" />
            <SecondaryButton type="submit">{t("accept")}</SecondaryButton>
          </PostForm>
          <PostForm
            action={`/api/staff/partnerships/${data.id}/partner-reports`}
            hidden={{ reportId: r.id }}
            className="grow"
          >
            <input type="hidden" name="decision" value="return" />
            <TextField
              {...comment}
              label={t("comment")}
              hint={t("commentHint")}
              rows={3}
              compact
              spacing=""
            />
            <SecondaryButton type="submit" className="mt-2">
              {t("return")}
            </SecondaryButton>
          </PostForm>
        </div>
      )}
    </article>
  );
}
