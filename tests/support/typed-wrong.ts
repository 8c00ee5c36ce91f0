/**
 * A table of form fields typed wrong, each beside the message it earns: split into the values as
 * typed and the errors the form's parser should answer with.
 */
export function typedWrong<F extends string>(bad: Record<F, readonly [value: string, message: string]>) {
  const rows = Object.entries(bad) as [F, readonly [string, string]][];
  return {
    typed: Object.fromEntries(rows.map(([field, [value]]) => [field, value])) as Record<F, string>,
    errors: Object.fromEntries(rows.map(([field, [, message]]) => [field, message])) as Record<F, string>,
  };
}
