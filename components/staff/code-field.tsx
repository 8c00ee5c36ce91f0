import { TextField } from "@/components/form/field-kit";
import { PrimaryButton } from "@/components/form/buttons";
import { first, type Search } from "@/lib/server/page-metadata";

// The errors a code page is sent back with (`?error=`), by their message key under secondFactor.errors.
const CODE_ERRORS = { wrong: "wrong", empty: "empty", "rate-limited": "rateLimited" } as const;

/** The error a code page came back with, as its message key; none for an unknown one. */
export function codeError(search: Search) {
  const code = first(search.error);
  return code && code in CODE_ERRORS ? CODE_ERRORS[code as keyof typeof CODE_ERRORS] : undefined;
}

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
      <TextField
        id="code"
        name="code"
        label={label}
        hint={hint}
        error={error}
        inputMode="text"
        autoComplete="one-time-code"
        spellCheck={false}
        autoCapitalize="none"
        width="narrow"
        controlClass="font-mono text-xl tracking-widest"
      />
      <PrimaryButton type="submit" className="mt-8">
        {submit}
      </PrimaryButton>
    </form>
  );
}
