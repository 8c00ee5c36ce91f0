import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ItemList } from "@/components/item-list";
import { Link } from "@/lib/i18n/navigation";
import { requireStaff } from "@/lib/server/auth/session";
import { listMyOpinions } from "@/lib/server/staff/opinions";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/opinions">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "staff.opinions" });
  return { title: t("title"), robots: { index: false } };
}

export default async function MyOpinionsPage({ params }: PageProps<"/[locale]/staff/opinions">) {
  setRequestLocale((await params).locale);
  const { user } = await requireStaff("giveOpinions");
  const t = await getTranslations("staff.opinions");
  const format = await getFormatter();
  const opinions = await listMyOpinions(user.id);
  return (
    <>
      <h1>{t("title")}</h1>
      <ItemList items={opinions} empty={t("none")} look="ruled">
        {(o) => (
          <>
            <Link href={{ pathname: "/staff/opinions/[id]", params: { id: o.id } }} className="font-semibold">
              {o.request.registrationNumber}: {o.request.subject}
            </Link>
            <p className="mt-0 text-slate-700">
              {format.dateTime(o.requestedAt, { dateStyle: "medium" })} ·{" "}
              {o.hasConflict ? t("conflict") : o.answeredAt ? t("answered") : t("pending")}
            </p>
          </>
        )}
      </ItemList>
    </>
  );
}
