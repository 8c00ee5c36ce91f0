/**
 * A table of form fields typed wrong, each beside the message it earns: split into the values as
 * typed and the errors the form's parser should answer with.
 */
export function typedWrong<F extends string, M = string>(
  bad: Record<F, readonly [value: string, message: M]>,
) {
  const rows = Object.entries(bad) as [F, readonly [string, M]][];
  return {
    typed: Object.fromEntries(rows.map(([field, [value]]) => [field, value])) as Record<F, string>,
    errors: Object.fromEntries(rows.map(([field, [, message]]) => [field, message])) as Record<F, M>,
  };
}
