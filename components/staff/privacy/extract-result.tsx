import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { HitKind } from "@/lib/domain/privacy";

// The register extract on screen (presentational): the cases found, then every row with its content.

export interface ResultCase {
  id: string;
  registrationNumber: string | null;
  status: "DRAFT" | "OPEN" | "ENDED";
  receivedAt: Date | null;
  erased: boolean;
}

export interface ResultHit {
  key: string;
  kind: HitKind;
  cases: string;
  direct: boolean;
  values: [string, string][];
}

const SHOWN = 600;
const cell = "border-b border-slate-300 p-2 align-top";

export function ExtractResult(props: {
  kindLabel: string;
  generatedAt: Date;
  cases: ResultCase[];
  hits: ResultHit[];
  lang: string;
}) {
  const t = useTranslations("dataProtection.result");
  const kinds = useTranslations("dataProtection.kinds");
  const statuses = useTranslations("dataProtection.statuses");
  const format = useFormatter();
  return (
    <section id="utdrag" aria-labelledby="utdrag-title" className="mt-10">
      <h2 id="utdrag-title">{t("title")}</h2>
      <p>
        {t("meta", {
          kind: props.kindLabel,
          when: format.dateTime(props.generatedAt, { dateStyle: "medium", timeStyle: "short" }),
        })}{" "}
        <span role="status">{t("count", { hits: props.hits.length, cases: props.cases.length })}</span>
      </p>
      <h3>{t("downloads")}</h3>
      <ul>
        <li>
          <a href={`/api/staff/data-protection/extract/pdf?lang=${props.lang}`} download>
            {t("pdf")}
          </a>
        </li>
        <li>
          <a href={`/api/staff/data-protection/extract/json?lang=${props.lang}`} download>
            {t("json")}
          </a>
        </li>
      </ul>
      {props.cases.length > 0 && (
        <>
          <h3>{t("casesTitle")}</h3>
          <table className="mt-2 w-full border-collapse text-left">
            <caption className="sr-only">{t("casesCaption")}</caption>
            <thead>
              <tr className="border-b-2 border-slate-700">
                <th scope="col" className="p-2">
                  {t("number")}
                </th>
                <th scope="col" className="p-2">
                  {t("status")}
                </th>
                <th scope="col" className="p-2">
                  {t("received")}
                </th>
                <th scope="col" className="p-2">
                  {t("actions")}
                </th>
              </tr>
            </thead>
            <tbody>
              {props.cases.map((c) => (
                <tr key={c.id}>
                  <th scope="row" className={`${cell} font-normal`}>
                    {c.registrationNumber ?? t("noNumber")}
                  </th>
                  <td className={cell}>{c.erased ? t("erased") : statuses(c.status)}</td>
                  <td className={cell}>
                    {c.receivedAt ? format.dateTime(c.receivedAt, { dateStyle: "medium" }) : t("none")}
                  </td>
                  <td className={cell}>
                    <Link href={{ pathname: "/staff/dataskydd/arenden/[id]", params: { id: c.id } }}>
                      {t("open")}
                      <span className="sr-only"> {c.registrationNumber ?? ""}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {props.hits.length > 0 && (
        <>
          <h3>{t("hitsTitle")}</h3>
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="hits-caption">
            <table className="mt-2 w-full border-collapse text-left">
              <caption id="hits-caption" className="sr-only">
                {t("hitsCaption")}
              </caption>
              <thead>
                <tr className="border-b-2 border-slate-700">
                  <th scope="col" className="p-2">
                    {t("kind")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("case")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("values")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("match")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {props.hits.map((h) => (
                  <tr key={h.key}>
                    <th scope="row" className={`${cell} font-normal`}>
                      {kinds(h.kind)}
                    </th>
                    <td className={cell}>{h.cases || t("none")}</td>
                    <td className={`${cell} [overflow-wrap:anywhere]`}>
                      <dl>
                        {h.values.map(([column, text]) => (
                          <div key={column}>
                            <dt className="inline font-semibold">{column}: </dt>
                            <dd className="inline whitespace-pre-wrap">
                              {text.length > SHOWN ? `${text.slice(0, SHOWN)}… ${t("shortened")}` : text}
                            </dd>
                          </div>
                        ))}
                      </dl>
                    </td>
                    <td className={cell}>{h.direct ? t("direct") : t("linked")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
