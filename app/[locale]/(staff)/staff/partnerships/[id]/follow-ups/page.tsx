import { getTranslations } from "next-intl/server";
import { FollowUpErrorSummary, FollowUpForm } from "@/components/partnerships/follow-up-form";
import { FollowUpsDone, FollowUpsDue } from "@/components/partnerships/follow-up-lists";
import { can } from "@/lib/domain/permissions";
import { Link } from "@/lib/i18n/navigation";
import { BackLink } from "@/components/back-link";
import { partnershipFollowUps } from "@/lib/server/partnerships/follow-ups";
import { readFlash } from "@/lib/server/staff/flash";
import { OkMessage } from "@/components/form/ok-message";
import { first, openPartnershipPage, staffMetadata } from "@/lib/server/staff/page";

type Props = PageProps<"/[locale]/staff/partnerships/[id]/follow-ups">;

export const generateMetadata = staffMetadata("followUps.title", {
  errorPrefix: "followUps.errors.errorTitlePrefix",
});

export default async function FollowUpsPage({ params, searchParams }: Props) {
  const { user, locale, id, data } = await openPartnershipPage(params, "/follow-ups", partnershipFollowUps);
  const t = await getTranslations("followUps");
  const sp = await searchParams;
  const flash = await readFlash(first(sp.fel) === "followUp" ? "followUp" : undefined);
  const manage = can(user.roles, "managePartnerships");

  return (
    <>
      <FollowUpErrorSummary goals={data.goals} flash={flash} />
      <OkMessage text={first(sp.ok) === "recorded" ? t("form.ok") : undefined} />
      <BackLink href={{ pathname: "/staff/partnerships/[id]", params: { id } }}>{t("back")}</BackLink>
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
