import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BackLink } from "@/components/back-link";
import { requireStaff } from "@/lib/server/auth/session";
import { comparison } from "@/lib/server/signing/page-data";
import { staffMetadata } from "@/lib/server/staff/page";

type Props = PageProps<"/[locale]/staff/partnerships/[id]/versions/compare">;

export const generateMetadata = staffMetadata("signing.compare.pageTitle");

// Two versions (or a version and the current draft) section by section: which sections changed,
// the old and new text side by side, and the lines removed and added.
export default async function ComparePage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requireStaff("viewPartnerships", `${locale === "en" ? "/en" : ""}/staff/partnerships/${id}/versions`);
  const sp = await searchParams;
  const a = typeof sp.a === "string" ? sp.a : "";
  const b = typeof sp.b === "string" ? sp.b : "draft";
  const data = await comparison(id, a, b);
  if (!data) notFound();
  const t = await getTranslations("signing.compare");
  const name = (v: string) => (v === "draft" ? t("draft") : t("versionName", { number: v }));
  const changed = data.sections?.filter((s) => s.changed).length ?? 0;
  return (
    <>
      <BackLink href={{ pathname: "/staff/partnerships/[id]/versions", params: { id } }}>
        {t("back")}
      </BackLink>
      <h1>{t("pageTitle")}</h1>
      <p className="text-lg">{data.partnership.title}</p>
      {!data.sections ? (
        <p role="alert">{t("notFound")}</p>
      ) : (
        <>
          <h2>{t("heading", { a: name(a), b: name(b) })}</h2>
          <p data-testid="changed-count">{t("changedCount", { count: changed })}</p>
          {data.sections.map((s) => (
            <section
              key={s.id}
              aria-labelledby={`cmp-${s.id}`}
              className="mt-6 border-t border-slate-300 pt-3"
              data-testid={`compare-${s.id}`}
              data-changed={s.changed ? "yes" : "no"}
            >
              <h3 id={`cmp-${s.id}`}>
                {s.heading || t("title")}{" "}
                <span className={s.changed ? "text-red-800" : "text-slate-700"}>
                  ({s.changed ? t("changed") : t("unchanged")})
                </span>
              </h3>
              {s.changed && (
                <>
                  <div className="grid gap-4 lg:grid-cols-2">
                    {(["before", "after"] as const).map((side) => (
                      <div key={side}>
                        <h4 className="mt-0">{t(side)}</h4>
                        <p className="mt-0 whitespace-pre-wrap break-words">{s[side].join("\n")}</p>
                      </div>
                    ))}
                  </div>
                  <ul className="mt-3 list-none p-0">
                    {s.diff
                      .filter((d) => d.op !== "same")
                      .map((d, i) => (
                        <li
                          key={i}
                          className={`break-words ${d.op === "added" ? "bg-green-50 text-green-900" : "bg-red-50 text-red-900"}`}
                        >
                          <strong>{d.op === "added" ? t("added") : t("removed")}</strong> {d.text}
                        </li>
                      ))}
                  </ul>
                </>
              )}
            </section>
          ))}
        </>
      )}
    </>
  );
}
