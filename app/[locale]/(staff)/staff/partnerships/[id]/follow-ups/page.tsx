import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FollowUpErrorSummary, FollowUpForm } from "@/components/partnerships/follow-up-form";
import { FollowUpsDone, FollowUpsDue } from "@/components/partnerships/follow-up-lists";
import { can } from "@/lib/domain/permissions";
import { Link } from "@/lib/i18n/navigation";
import { requireStaff } from "@/lib/server/auth/session";
import { partnershipFollowUps } from "@/lib/server/partnerships/follow-ups";
import { readFlash } from "@/lib/server/staff/flash";
import { asLocale, pagePath } from "@/lib/server/urls";
import { OkMessage } from "@/components/form/ok-message";

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
  const manage = can(user.roles, "managePartnerships");

  return (
    <>
      <FollowUpErrorSummary goals={data.goals} flash={flash} />
      <OkMessage text={first(sp.ok) === "recorded" ? t("form.ok") : undefined} />
      <p className="mt-0">
        <Link href={{ pathname: "/staff/partnerships/[id]", params: { id } }}>{t("back")}</Link>
      </p>
      <h1>{t("titleWithName", { title: data.partnership.title })}</h1>
      <p className="text-lg">{t("lead")}</p>
      <p>
        <Link href={{ pathname: "/staff/partnerships/[id]/report", params: { id } }}>{t("reportLink")}</Link>
      </p>

      <FollowUpsDue due={data.due} locale={locale} />
      <FollowUpForm id={id} locale={locale} manage={manage} data={data} flash={flash} />
      <FollowUpsDone done={data.done} goals={data.goals} locale={locale} />
    </>
  );
}
