import { FieldError, FieldWrap, inputClass } from "@/components/form/field-kit";
import { PrimaryButton } from "@/components/form/buttons";

/** The form that asks for a second-factor code: one field, its hint and error, wired for screen readers. */
export function CodeForm({
  action,
  locale,
  label,
  hint,
  error,
  submit,
}: {
  action: string;
  locale: string;
  label: string;
  hint: string;
  error?: string;
  submit: string;
}) {
  return (
    <form method="post" action={action} noValidate className="mt-6">
      <input type="hidden" name="locale" value={locale} />
      <FieldWrap error={error}>
        <label htmlFor="code" className="block text-lg font-semibold">
          {label}
        </label>
        <p id="code-hint" className="mt-1 text-slate-700">
          {hint}
        </p>
        <FieldError id="code-error" label={label} message={error} />
        <input
          id="code"
          name="code"
          type="text"
          inputMode="text"
          autoComplete="one-time-code"
          spellCheck={false}
          autoCapitalize="none"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "code-hint code-error" : "code-hint"}
          className={`${inputClass("narrow")} font-mono text-xl tracking-widest`}
        />
      </FieldWrap>
      <PrimaryButton type="submit" className="mt-8">
        {submit}
      </PrimaryButton>
    </form>
  );
}
