import { DataTable } from "@/components/data-table";
import { SubmitChoices } from "@/components/form/buttons";
import { ErrorSummary } from "@/components/form/error-summary";
import { casesUnderLegalHold } from "@/lib/server/retention/legal-hold";
import { readFlash } from "@/lib/server/staff/flash";
import { TextField } from "@/components/form/field-kit";
import { formFields } from "@/components/form/form-fields";
import { OkMessage } from "@/components/form/ok-message";
import { ADMIN_FORM_TITLE, first, openStaffPage, staffMetadata } from "@/lib/server/staff/page";
import { PostForm } from "@/components/form/post-form";

type Props = PageProps<"/[locale]/staff/legal-hold">;

export const generateMetadata = staffMetadata("retention.legalHold.title", ADMIN_FORM_TITLE);

// Lotsen and administrators keep a case from retention and erasure, by its registration number.
export default async function LegalHoldPage({ params, searchParams }: Props) {
  const { t } = await openStaffPage(params, "setLegalHold", "/staff/legal-hold", "retention.legalHold");
  const sp = await searchParams;
  const flash = await readFlash(first(sp.fel) ? "legal-hold" : undefined);
  const held = await casesUnderLegalHold();
  const f = formFields(flash, (code) => t(`errors.${code}` as "errors.reason"));
  const number = f("registrationNumber");
  const reason = f("reason");
  const ok = first(sp.ok);
  const okText = { set: t("okSet"), cleared: t("okCleared"), unchanged: t("unchanged") }[ok ?? ""];

  return (
    <>
      <ErrorSummary
        title={t("errorSummaryTitle")}
        errors={[
          ...(number.error
            ? [{ fieldId: "registrationNumber", message: `${t("registrationNumber")}: ${number.error}` }]
            : []),
          ...(reason.error ? [{ fieldId: "reason", message: `${t("reason")}: ${reason.error}` }] : []),
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
        <PostForm action="/api/staff/legal-hold">
          <TextField
            {...number}
            label={t("registrationNumber")}
            hint={t("registrationNumberHint")}
            autoComplete="off"
            maxLength={40}
            width="medium"
            compact
          />
          <TextField
            {...reason}
            label={t("reason")}
            hint={t("reasonHint")}
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
