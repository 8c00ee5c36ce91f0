import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PrimaryButton } from "@/components/form/buttons";
import { ErrorSummary } from "@/components/form/error-summary";
import { can } from "@/lib/domain/permissions";
import { Link } from "@/lib/i18n/navigation";
import { requireStaff } from "@/lib/server/auth/session";
import { partnershipFollowUps } from "@/lib/server/partnerships/follow-ups";
import { readFlash } from "@/lib/server/staff/flash";
import { asLocale, pagePath } from "@/lib/server/urls";
import { FieldError, FieldWrap, inputClass, OkMessage } from "../../../admin/admin-parts";

type Props = PageProps<"/[locale]/staff/partnerships/[id]/follow-ups">;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "followUps" });
  const title = t("title");
  return {
    title: first((await searchParams).fel) ? t("errors.errorTitlePrefix", { title }) : title,
    robots: { index: false },
  };
}

export default async function FollowUpsPage({ params, searchParams }: Props) {
  const { locale: raw, id } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  const here = pagePath(locale, { pathname: "/staff/partnerships/[id]/follow-ups", params: { id } });
  const { user } = await requireStaff("viewPartnerships", here);
  const data = await partnershipFollowUps(id);
  if (!data) notFound();
  const t = await getTranslations("followUps");
  const sp = await searchParams;
  const flash = await readFlash(first(sp.fel) === "followUp" ? "followUp" : undefined);
  const errors = flash?.errors ?? {};
  const value = (name: string) => flash?.values[name]?.[0] ?? "";
  const err = (field: string) =>
    errors[field] ? t(`errors.${errors[field]}` as "errors.heldOnRequired") : undefined;
  const date = (iso: string) =>
    new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", {
      dateStyle: "long",
      timeZone: "UTC",
    }).format(new Date(`${iso}T00:00:00Z`));
  const number = (n: number) => new Intl.NumberFormat(locale === "sv" ? "sv-SE" : "en-GB").format(n);
  const manage = can(user.roles, "managePartnerships");
  const goalName = (id: string) => {
    const g = data.goals.find((x) => x.id === id);
    return g ? g.indicator || g.text : "–";
  };
  const fieldOrder = [
    "followUpId",
    "heldOn",
    "participants",
    "notes",
    ...data.goals.flatMap((g) => [`value-${g.id}`, `comment-${g.id}`]),
  ];
  const label = (field: string) => {
    const m = /^(value|comment)-(.+)$/.exec(field);
    if (m) return m[1] === "value" ? t("form.value", { goal: goalName(m[2]!) }) : t("form.comment");
    return t(`form.${field}` as "form.heldOn");
  };
  const described = (field: string, hint?: boolean) =>
    [hint ? `${field}-hint` : "", errors[field] ? `${field}-error` : ""].filter(Boolean).join(" ") ||
    undefined;

  return (
    <>
      <ErrorSummary
        title={t("errors.summaryTitle")}
        errors={fieldOrder
          .filter((f) => errors[f])
          .map((f) => ({ fieldId: f, message: `${label(f)}: ${err(f)}` }))}
      />
      <OkMessage text={first(sp.ok) === "recorded" ? t("form.ok") : undefined} />
      <p className="mt-0">
        <Link href={{ pathname: "/staff/partnerships/[id]", params: { id } }}>{t("back")}</Link>
      </p>
      <h1>{t("titleWithName", { title: data.partnership.title })}</h1>
      <p className="text-lg">{t("lead")}</p>
      <p>
        <Link href={{ pathname: "/staff/partnerships/[id]/report", params: { id } }}>{t("reportLink")}</Link>
      </p>

      <section aria-labelledby="kommande" className="mt-8">
        <h2 id="kommande">{t("due.heading")}</h2>
        {data.due.length === 0 ? (
          <p>{t("due.none")}</p>
        ) : (
          <table className="mt-3 w-full max-w-3xl border-collapse text-left">
            <caption className="sr-only">{t("due.caption")}</caption>
            <thead>
              <tr>
                <th scope="col" className="border-b-2 border-slate-700 py-2 pr-4">
                  {t("due.date")}
                </th>
                <th scope="col" className="border-b-2 border-slate-700 py-2 pr-4">
                  {t("due.kind")}
                </th>
                <th scope="col" className="border-b-2 border-slate-700 py-2">
                  {t("due.state")}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.due.map((f) => (
                <tr key={f.id} className={f.overdue ? "bg-red-50" : undefined}>
                  <th scope="row" className="border-b border-slate-300 py-2 pr-4 font-normal">
                    {date(f.dueDate)}
                  </th>
                  <td className="border-b border-slate-300 py-2 pr-4">{t(`kinds.${f.kind}`)}</td>
                  <td className="border-b border-slate-300 py-2">
                    {f.overdue ? (
                      <strong className="text-red-800">{t("due.overdue")}</strong>
                    ) : (
                      t("due.upcoming")
                    )}
                    {f.reminderSentAt && <span className="text-slate-700">{` · ${t("due.reminded")}`}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="registrera" className="mt-10">
        <h2 id="registrera">{t("form.heading")}</h2>
        {!manage ? (
          <p>{t("form.readOnly")}</p>
        ) : (
          <form method="post" action={`/api/staff/partnerships/${id}/follow-ups`} noValidate>
            <input type="hidden" name="locale" value={locale} />
            <p>{t("form.lead")}</p>
            <FieldWrap error={err("followUpId")}>
              <label htmlFor="followUpId" className="text-lg font-semibold">
                {t("form.followUp")}
              </label>
              <FieldError id="followUpId-error" label={t("form.followUp")} message={err("followUpId")} />
              <select
                id="followUpId"
                name="followUpId"
                defaultValue={flash ? value("followUpId") : (data.due[0]?.id ?? "")}
                aria-describedby={described("followUpId")}
                aria-invalid={errors.followUpId ? true : undefined}
                className={inputClass}
              >
                {data.due.map((f) => (
                  <option key={f.id} value={f.id}>
                    {t("form.scheduledOption", { date: date(f.dueDate), kind: t(`kinds.${f.kind}`) })}
                  </option>
                ))}
                <option value="">{t("form.unscheduled")}</option>
              </select>
            </FieldWrap>
            <FieldWrap error={err("heldOn")}>
              <label htmlFor="heldOn" className="text-lg font-semibold">
                {t("form.heldOn")}
              </label>
              <p id="heldOn-hint" className="mt-1 text-slate-700">
                {t("form.heldOnHint")}
              </p>
              <FieldError id="heldOn-error" label={t("form.heldOn")} message={err("heldOn")} />
              <input
                id="heldOn"
                name="heldOn"
                type="text"
                inputMode="numeric"
                autoComplete="off"
                defaultValue={flash ? value("heldOn") : data.today}
                aria-describedby={described("heldOn", true)}
                aria-invalid={errors.heldOn ? true : undefined}
                aria-required
                className={`${inputClass} max-w-48`}
              />
            </FieldWrap>
            <FieldWrap error={err("participants")}>
              <label htmlFor="participants" className="text-lg font-semibold">
                {t("form.participants")}
              </label>
              <p id="participants-hint" className="mt-1 text-slate-700">
                {t("form.participantsHint")}
              </p>
              <FieldError
                id="participants-error"
                label={t("form.participants")}
                message={err("participants")}
              />
              <textarea
                id="participants"
                name="participants"
                rows={3}
                defaultValue={value("participants")}
                aria-describedby={described("participants", true)}
                aria-invalid={errors.participants ? true : undefined}
                aria-required
                className={`${inputClass} max-w-2xl`}
              />
            </FieldWrap>
            <FieldWrap error={err("notes")}>
              <label htmlFor="notes" className="text-lg font-semibold">
                {t("form.notes")}
              </label>
              <FieldError id="notes-error" label={t("form.notes")} message={err("notes")} />
              <textarea
                id="notes"
                name="notes"
                rows={6}
                defaultValue={value("notes")}
                aria-describedby={described("notes")}
                aria-invalid={errors.notes ? true : undefined}
                className={`${inputClass} max-w-2xl`}
              />
            </FieldWrap>
            <fieldset className="mt-8" aria-describedby="indicators-hint">
              <legend className="text-lg font-semibold">{t("form.indicatorsLegend")}</legend>
              <p id="indicators-hint" className="mt-1 text-slate-700">
                {data.goals.length ? t("form.indicatorsHint") : t("form.noGoals")}
              </p>
              {data.goals.map((g) => (
                <div key={g.id} className="mt-4 border-l-4 border-slate-300 pl-4">
                  <FieldWrap error={err(`value-${g.id}`)} className="mt-2">
                    <label htmlFor={`value-${g.id}`} className="font-semibold">
                      {t("form.value", { goal: goalName(g.id) })}
                    </label>
                    <p id={`value-${g.id}-hint`} className="mt-1 text-slate-700">
                      {[g.text, g.target ? t("form.target", { target: g.target }) : ""]
                        .filter(Boolean)
                        .join(". ")}
                    </p>
                    <FieldError
                      id={`value-${g.id}-error`}
                      label={goalName(g.id)}
                      message={err(`value-${g.id}`)}
                    />
                    <input
                      id={`value-${g.id}`}
                      name={`value-${g.id}`}
                      type="text"
                      inputMode="decimal"
                      autoComplete="off"
                      defaultValue={value(`value-${g.id}`)}
                      aria-describedby={described(`value-${g.id}`, true)}
                      aria-invalid={errors[`value-${g.id}`] ? true : undefined}
                      className={`${inputClass} max-w-48`}
                    />
                  </FieldWrap>
                  <FieldWrap error={err(`comment-${g.id}`)} className="mt-3">
                    <label htmlFor={`comment-${g.id}`}>{t("form.comment")}</label>
                    <FieldError
                      id={`comment-${g.id}-error`}
                      label={t("form.comment")}
                      message={err(`comment-${g.id}`)}
                    />
                    <input
                      id={`comment-${g.id}`}
                      name={`comment-${g.id}`}
                      type="text"
                      defaultValue={value(`comment-${g.id}`)}
                      aria-describedby={described(`comment-${g.id}`)}
                      aria-invalid={errors[`comment-${g.id}`] ? true : undefined}
                      className={inputClass}
                    />
                  </FieldWrap>
                </div>
              ))}
            </fieldset>
            <PrimaryButton type="submit" className="mt-8">
              {t("form.submit")}
            </PrimaryButton>
          </form>
        )}
      </section>

      <section aria-labelledby="genomforda" className="mt-10">
        <h2 id="genomforda" tabIndex={-1}>
          {t("done.heading")}
        </h2>
        {data.done.length === 0 ? (
          <p>{t("done.none")}</p>
        ) : (
          <ul className="mt-3 list-none space-y-6 p-0">
            {data.done.map((f) => (
              <li key={f.id} className="border-l-4 border-green-800 pl-4">
                <h3 className="mt-0 text-lg">
                  {t("done.heldOn", { date: date(f.heldOn!) })} · {t(`kinds.${f.kind}`)}
                  {f.kind !== "EXTRA" && f.dueDate !== f.heldOn && (
                    <span className="font-normal">
                      {" "}
                      ({t("done.scheduledFor", { date: date(f.dueDate) })})
                    </span>
                  )}
                </h3>
                <dl className="mt-2">
                  <dt className="font-semibold">{t("done.participants")}</dt>
                  <dd className="m-0 whitespace-pre-line">{f.participants}</dd>
                  {f.notes && (
                    <>
                      <dt className="mt-2 font-semibold">{t("done.notes")}</dt>
                      <dd className="m-0 whitespace-pre-line">{f.notes}</dd>
                    </>
                  )}
                  {f.indicators.length > 0 && (
                    <>
                      <dt className="mt-2 font-semibold">{t("done.indicators")}</dt>
                      <dd className="m-0">
                        <ul className="mt-1">
                          {f.indicators.map((i) => (
                            <li key={i.goalId}>
                              {goalName(i.goalId)}: <strong>{number(i.value)}</strong>
                              {i.comment ? ` (${i.comment})` : ""}
                            </li>
                          ))}
                        </ul>
                      </dd>
                    </>
                  )}
                </dl>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
