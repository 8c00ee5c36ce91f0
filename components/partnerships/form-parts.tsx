import type { ReactNode } from "react";
import { PrimaryButton } from "@/components/form/buttons";

// Pieces of the partnership forms (server components, plain HTML forms that work without
// JavaScript). Every field has its label, hint and error wired together for screen readers.

export const inputClass =
  "mt-2 block w-full max-w-2xl rounded border-2 border-slate-700 bg-white px-3 py-2 text-base focus:border-slate-900";

export interface FieldProps {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  value?: string;
  type?: "text" | "date" | "number" | "email";
  rows?: number;
  narrow?: boolean;
  required?: boolean;
}

function Help({ id, label, hint, error }: Pick<FieldProps, "id" | "label" | "hint" | "error">) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-slate-700">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 font-semibold text-red-800" data-field-error>
          <span className="sr-only">{label}: </span>
          {error}
        </p>
      )}
    </>
  );
}

const describedBy = (p: FieldProps) =>
  [p.hint ? `${p.id}-hint` : null, p.error ? `${p.id}-error` : null].filter(Boolean).join(" ") || undefined;

export function TextField(p: FieldProps) {
  const common = {
    id: p.id,
    name: p.name,
    defaultValue: p.value ?? "",
    "aria-describedby": describedBy(p),
    "aria-invalid": p.error ? true : undefined,
    "aria-required": p.required || undefined,
  };
  return (
    <div className={`mt-5 ${p.error ? "border-l-4 border-red-700 pl-4" : ""}`}>
      <label htmlFor={p.id} className="block font-semibold">
        {p.label}
      </label>
      <Help {...p} />
      {p.rows ? (
        <textarea {...common} rows={p.rows} className={inputClass} />
      ) : (
        <input
          {...common}
          type={p.type ?? "text"}
          className={`${inputClass} ${p.narrow || p.type === "date" ? "max-w-xs" : ""}`}
        />
      )}
    </div>
  );
}

export function SelectField(
  p: FieldProps & { options: { value: string; label: string }[]; placeholder?: string },
) {
  return (
    <div className={`mt-5 ${p.error ? "border-l-4 border-red-700 pl-4" : ""}`}>
      <label htmlFor={p.id} className="block font-semibold">
        {p.label}
      </label>
      <Help {...p} />
      <select
        id={p.id}
        name={p.name}
        defaultValue={p.value ?? ""}
        aria-describedby={describedBy(p)}
        aria-invalid={p.error ? true : undefined}
        className={`${inputClass} max-w-md`}
      >
        {p.placeholder !== undefined && <option value="">{p.placeholder}</option>}
        {p.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** One section of the record: a heading and its own form posting to `action`. */
export function SectionForm({
  id,
  heading,
  action,
  locale,
  version,
  section,
  canManage,
  saveLabel,
  okText,
  children,
  extraButtons,
}: {
  id: string;
  heading: string;
  action: string;
  locale: string;
  version: number;
  section?: string;
  canManage: boolean;
  saveLabel?: string;
  okText?: string;
  children: ReactNode;
  extraButtons?: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-h`} id={id} className="mt-10 border-t border-slate-300 pt-4">
      <h2 id={`${id}-h`} tabIndex={-1}>
        {heading}
      </h2>
      {okText && (
        <p role="status" className="border-l-4 border-green-800 bg-green-50 p-3">
          {okText}
        </p>
      )}
      <form method="post" action={action} noValidate>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="version" value={version} />
        {section && <input type="hidden" name="section" value={section} />}
        <fieldset disabled={!canManage} className="m-0 border-0 p-0">
          <legend className="sr-only">{heading}</legend>
          {children}
        </fieldset>
        {canManage && (
          <p className="mt-6 flex flex-wrap gap-4">
            {saveLabel && <PrimaryButton type="submit">{saveLabel}</PrimaryButton>}
            {extraButtons}
          </p>
        )}
      </form>
    </section>
  );
}
