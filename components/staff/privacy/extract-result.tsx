import { useFormatter, useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table";
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
          <DataTable
            className="mt-2"
            caption={t("casesCaption")}
            rows={props.cases}
            columns={[
              { head: t("number"), rowHeader: true, cell: (c) => c.registrationNumber ?? t("noNumber") },
              { head: t("status"), cell: (c) => (c.erased ? t("erased") : statuses(c.status)) },
              {
                head: t("received"),
                cell: (c) =>
                  c.receivedAt ? format.dateTime(c.receivedAt, { dateStyle: "medium" }) : t("none"),
              },
              {
                head: t("actions"),
                cell: (c) => (
                  <Link href={{ pathname: "/staff/dataskydd/arenden/[id]", params: { id: c.id } }}>
                    {t("open")}
                    <span className="sr-only"> {c.registrationNumber ?? ""}</span>
                  </Link>
                ),
              },
            ]}
          />
        </>
      )}
      {props.hits.length > 0 && (
        <>
          <h3>{t("hitsTitle")}</h3>
          <DataTable
            className="mt-2"
            caption={t("hitsCaption")}
            captionId="hits-caption"
            regionLabelledBy="hits-caption"
            rows={props.hits}
            rowKey={(h) => h.key}
            columns={[
              { head: t("kind"), rowHeader: true, cell: (h) => kinds(h.kind) },
              { head: t("case"), cell: (h) => h.cases || t("none") },
              {
                head: t("values"),
                className: "[overflow-wrap:anywhere]",
                cell: (h) => (
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
                ),
              },
              { head: t("match"), cell: (h) => (h.direct ? t("direct") : t("linked")) },
            ]}
          />
        </>
      )}
    </section>
  );
}
