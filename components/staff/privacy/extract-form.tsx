import { useTranslations } from "next-intl";
import { PrimaryButton } from "@/components/form/buttons";
import { IDENTIFIER_KINDS } from "@/lib/domain/privacy";

const inputClass =
  "mt-2 block w-full max-w-md rounded border-2 border-slate-700 bg-white px-3 py-2 text-base focus:border-slate-900";

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
      <fieldset
        className={errors.kind ? "border-l-4 border-red-700 pl-4" : ""}
        aria-describedby={errors.kind ? "kind-error" : undefined}
      >
        <legend className="text-lg font-semibold">{t("form.legend")}</legend>
        {errors.kind && (
          <p id="kind-error" className="mt-1 font-semibold text-red-800">
            {errors.kind}
          </p>
        )}
        <div className="mt-2 space-y-2">
          {IDENTIFIER_KINDS.map((k) => (
            <div key={k} className="flex items-center gap-3">
              <input
                type="radio"
                id={`kind-${k}`}
                name="kind"
                value={k}
                defaultChecked={k === (kind || "email")}
                className="h-6 w-6"
              />
              <label htmlFor={`kind-${k}`}>{t(`form.kinds.${k}`)}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <div className={`mt-6 ${errors.value ? "border-l-4 border-red-700 pl-4" : ""}`}>
        <label htmlFor="value" className="text-lg font-semibold">
          {t("form.value")}
        </label>
        <p id="value-hint" className="mt-1 text-slate-700">
          {t("form.valueHint")}
        </p>
        {errors.value && (
          <p id="value-error" className="mt-1 font-semibold text-red-800">
            <span className="sr-only">{t("form.value")}: </span>
            {errors.value}
          </p>
        )}
        <input
          id="value"
          name="value"
          type="text"
          autoComplete="off"
          spellCheck={false}
          defaultValue={value}
          aria-describedby={errors.value ? "value-hint value-error" : "value-hint"}
          aria-invalid={errors.value ? true : undefined}
          className={inputClass}
        />
      </div>
      <PrimaryButton type="submit" className="mt-6">
        {t("form.submit")}
      </PrimaryButton>
    </form>
  );
}
