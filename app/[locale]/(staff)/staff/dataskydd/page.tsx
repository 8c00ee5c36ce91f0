import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ErrorSummary } from "@/components/form/error-summary";
import { ExtractForm } from "@/components/staff/privacy/extract-form";
import { ExtractResult } from "@/components/staff/privacy/extract-result";
import { requireStaff } from "@/lib/server/auth/session";
import { currentExtract } from "@/lib/server/privacy/current-extract";
import { valueText } from "@/lib/server/privacy/extract-documents";
import { readExtract } from "@/lib/server/privacy/produce-extract";
import { readFlash } from "@/lib/server/staff/flash";
import { pagePath } from "@/lib/server/urls";
import { first, openPageLocale } from "@/lib/server/staff/page";

// The data protection officer's page: a register extract for an email address, phone number or
// organisation number, shown here and downloadable as PDF and JSON, with a way to each case found.
type Props = PageProps<"/[locale]/staff/dataskydd">;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "dataProtection" });
  const title = first((await searchParams).fel) ? `${t("errors.summaryTitle")}: ${t("title")}` : t("title");
  return { title, robots: { index: false } };
}

export default async function DataProtectionPage({ params, searchParams }: Props) {
  const locale = await openPageLocale(params);
  const session = await requireStaff("handlePersonalData", pagePath(locale, "/staff/dataskydd"));
  const t = await getTranslations("dataProtection");
  const flash = await readFlash(first((await searchParams).fel) === "extract" ? "extract" : undefined);
  const errors = Object.fromEntries(
    Object.entries(flash?.errors ?? {}).map(([field, code]) => [
      field,
      t(`errors.${code}` as "errors.email"),
    ]),
  ) as { kind?: string; value?: string };
  const identifier = flash ? null : await currentExtract();
  const extract = identifier ? await readExtract(session, identifier) : null;
  const numbers = new Map(extract?.cases.map((c) => [c.id, c.registrationNumber ?? t("result.noNumber")]));

  return (
    <>
      <ErrorSummary
        title={t("errors.summaryTitle")}
        errors={Object.entries(errors).map(([field, message]) => ({
          fieldId: field === "kind" ? "kind-email" : "value",
          message: message!,
        }))}
      />
      <h1>{t("title")}</h1>
      <p className="text-lg">{t("lead")}</p>
      <ExtractForm
        locale={locale}
        kind={flash?.values.kind?.[0] ?? identifier?.kind ?? "email"}
        value={flash?.values.value?.[0] ?? ""}
        errors={errors}
      />
      {identifier && extract && (
        <ExtractResult
          kindLabel={t(`form.kinds.${identifier.kind}`)}
          generatedAt={extract.generatedAt}
          lang={locale}
          cases={extract.cases.map((c) => ({ ...c, status: c.status as "OPEN" }))}
          hits={extract.hits.map((h) => ({
            key: `${h.kind}-${h.id}`,
            kind: h.kind,
            direct: h.direct,
            cases: h.requestIds.map((id) => numbers.get(id) ?? id).join(", "),
            values: Object.entries(h.values)
              .map(([column, value]) => [column, valueText(value)] as [string, string])
              .filter(([, text]) => text !== ""),
          }))}
        />
      )}
    </>
  );
}
