import type { FieldDef } from "@/lib/domain/intake/sections";

export interface FieldText {
  label: string;
  hint?: string;
  error?: string;
  /** Labels of the options of a select or checkbox list, by value. */
  options?: Record<string, string>;
  chooseOption?: string;
  maxHint?: string;
}

const inputClass =
  "mt-2 block w-full max-w-2xl rounded border-2 border-slate-700 bg-white px-3 py-2 text-base focus:border-slate-900";

/** One form field with its label, hint and error, wired together for screen readers. */
export function Field({
  field,
  id,
  value,
  text,
}: {
  field: FieldDef;
  id: string;
  value: string | string[] | undefined;
  text: FieldText;
}) {
  const hintId = text.hint ? `${id}-hint` : undefined;
  const errorId = text.error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  const invalid = text.error ? true : undefined;
  const str = typeof value === "string" ? value : "";

  const help = (
    <>
      {text.hint && (
        <p id={hintId} className="mt-1 text-slate-700">
          {text.hint}
        </p>
      )}
      {text.error && (
        <p id={errorId} className="mt-1 font-semibold text-red-800" data-field-error>
          <span className="sr-only">{text.label}: </span>
          {text.error}
        </p>
      )}
    </>
  );

  if (field.type === "themes") {
    const chosen = new Set(Array.isArray(value) ? value : []);
    return (
      <fieldset
        className={`mt-6 ${text.error ? "border-l-4 border-red-700 pl-4" : ""}`}
        aria-describedby={describedBy}
      >
        <legend className="text-lg font-semibold">{text.label}</legend>
        {help}
        <div className="mt-2 space-y-2">
          {(field.options ?? []).map((option, i) => (
            <div key={option} className="flex items-center gap-3">
              <input
                type="checkbox"
                id={i === 0 ? id : `${id}-${option}`}
                name={field.name}
                value={option}
                defaultChecked={chosen.has(option)}
                className="h-6 w-6"
              />
              <label htmlFor={i === 0 ? id : `${id}-${option}`}>{text.options?.[option] ?? option}</label>
            </div>
          ))}
        </div>
      </fieldset>
    );
  }

  const common = {
    id,
    name: field.name,
    "aria-describedby": describedBy,
    "aria-invalid": invalid,
    "aria-required": field.required || undefined,
    autoComplete: field.autocomplete,
  };
  let control;
  if (field.type === "textarea") {
    control = <textarea {...common} rows={6} defaultValue={str} className={inputClass} />;
  } else if (field.type === "select") {
    control = (
      <select {...common} defaultValue={str} className={inputClass}>
        <option value="">{text.chooseOption}</option>
        {(field.options ?? []).map((option) => (
          <option key={option} value={option}>
            {text.options?.[option] ?? option}
          </option>
        ))}
      </select>
    );
  } else {
    const type =
      field.type === "email" ? "email" : field.type === "tel" ? "tel" : field.type === "url" ? "url" : "text";
    control = (
      <input
        {...common}
        type={type}
        inputMode={field.type === "count" ? "numeric" : undefined}
        spellCheck={field.type === "email" || field.type === "url" ? false : undefined}
        defaultValue={str}
        className={`${inputClass} ${field.type === "count" || field.type === "orgNumber" ? "max-w-xs" : ""}`}
      />
    );
  }
  return (
    <div className={`mt-6 ${text.error ? "border-l-4 border-red-700 pl-4" : ""}`}>
      <label htmlFor={id} className="block text-lg font-semibold">
        {text.label}
      </label>
      {help}
      {control}
    </div>
  );
}
