import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import { SubmitChoices } from "@/components/form/buttons";
import { ErrorSummary } from "@/components/form/error-summary";
import { casesUnderLegalHold } from "@/lib/server/retention/legal-hold";
import { readFlash } from "@/lib/server/staff/flash";
import { TextField } from "@/components/form/field-kit";
import { OkMessage } from "@/components/form/ok-message";
import { first, openStaffPage, staffMetadata } from "@/lib/server/staff/page";
import { PostForm } from "@/components/form/post-form";

type Props = PageProps<"/[locale]/staff/legal-hold">;

export const generateMetadata = staffMetadata("retention.legalHold.title", {
  errorPrefix: "staff.admin.errorTitlePrefix",
});

// Lotsen and administrators keep a case from retention and erasure, by its registration number.
export default async function LegalHoldPage({ params, searchParams }: Props) {
  const { locale } = await openStaffPage(params, "setLegalHold", "/staff/legal-hold");
  const t = await getTranslations("retention.legalHold");
  const sp = await searchParams;
  const flash = await readFlash(first(sp.fel) ? "legal-hold" : undefined);
  const held = await casesUnderLegalHold();
  const err = (field: "registrationNumber" | "reason") => {
    const code = flash?.errors[field];
    return code ? t(`errors.${code}` as "errors.reason") : undefined;
  };
  const numberError = err("registrationNumber");
  const reasonError = err("reason");
  const ok = first(sp.ok);
  const okText = { set: t("okSet"), cleared: t("okCleared"), unchanged: t("unchanged") }[ok ?? ""];

  return (
    <>
      <ErrorSummary
        title={t("errorSummaryTitle")}
        errors={[
          ...(numberError
            ? [{ fieldId: "registrationNumber", message: `${t("registrationNumber")}: ${numberError}` }]
            : []),
          ...(reasonError ? [{ fieldId: "reason", message: `${t("reason")}: ${reasonError}` }] : []),
        ]}
      />
      <OkMessage text={okText} />
      <h1>{t("title")}</h1>
      <p className="text-lg">{t("lead")}</p>
      <h2>{t("listTitle")}</h2>
      <DataTable
        caption={t("caption")}
        empty={t("empty")}
        rows={held}
        rowKey={(c) => c.id}
        columns={[
          { head: t("number"), cell: (c) => c.registrationNumber },
          { head: t("subject"), cell: (c) => c.subject },
        ]}
      />
      <section aria-labelledby="hold-heading" className="mt-10">
        <h2 id="hold-heading">{t("formTitle")}</h2>
        <PostForm action="/api/staff/legal-hold" locale={locale}>
          <TextField
            id="registrationNumber"
            name="registrationNumber"
            label={t("registrationNumber")}
            hint={t("registrationNumberHint")}
            error={numberError}
            value={flash?.values.registrationNumber?.[0]}
            autoComplete="off"
            maxLength={40}
            width="medium"
            compact
          />
          <TextField
            id="reason"
            name="reason"
            label={t("reason")}
            hint={t("reasonHint")}
            error={reasonError}
            value={flash?.values.reason?.[0]}
            rows={3}
            maxLength={500}
            width="medium"
            compact
          />
          <SubmitChoices
            name="hold"
            choices={[
              { value: "on", label: t("set"), primary: true },
              { value: "off", label: t("clear") },
            ]}
          />
        </PostForm>
      </section>
    </>
  );
}
