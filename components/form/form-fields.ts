import type { Flash } from "@/lib/server/staff/flash";

// The id, name, value and error of the fields of a staff form (post/redirect/get): after the form
// came back refused, the flash (lib/server/staff/flash.ts) brings what was typed and each error's code.

/**
 * Field props from `flash`: the value typed before (or `saved` when there is no flash) and the error
 * text of its code; each field's id is its name after `idPrefix`.
 */
export function formFields(
  flash: Flash | null,
  errorText: (code: string) => string | undefined,
  idPrefix = "",
) {
  return (name: string, saved = "") => ({
    id: `${idPrefix}${name}`,
    name,
    value: flash ? (flash.values[name]?.[0] ?? "") : saved,
    error: flash?.errors[name] ? errorText(flash.errors[name]) : undefined,
  });
}

/** Field props for the form `formName` (one of several on a page): ids `${formName}-${name}`. */
export function fieldsOf(
  formName: string,
  flash: Flash | null,
  errorText: (code: string) => string | undefined,
) {
  return formFields(flash?.form === formName ? flash : null, errorText, `${formName}-`);
}
