import { useTranslations } from "next-intl";
import { PrimaryButton } from "@/components/form/buttons";
import { CheckboxGroup, TextField } from "@/components/form/field-kit";
import { IDENTIFIER_KINDS } from "@/lib/domain/privacy";

/** The register extract's search: what kind of identifier, and the value. Posted, never in the address. */
export function ExtractForm({
  locale,
  kind,
  value,
  errors,
}: {
  locale: string;
  kind: string;
  value: string;
  errors: { kind?: string; value?: string };
}) {
  const t = useTranslations("dataProtection");
  return (
    <form method="post" action="/api/staff/data-protection/extract" noValidate className="mt-6">
      <input type="hidden" name="locale" value={locale} />
      <CheckboxGroup
        type="radio"
        id="kind"
        label={t("form.legend")}
        error={errors.kind}
        options={IDENTIFIER_KINDS.map((k) => ({ value: k, label: t(`form.kinds.${k}`) }))}
        chosen={[kind || "email"]}
        firstBoxOwnId
        spacing=""
      />
      <TextField
        id="value"
        label={t("form.value")}
        hint={t("form.valueHint")}
        error={errors.value}
        value={value}
        autoComplete="off"
        spellCheck={false}
        width="medium"
      />
      <PrimaryButton type="submit" className="mt-6">
        {t("form.submit")}
      </PrimaryButton>
    </form>
  );
}
