import type { ReactNode } from "react";
import { KeptTextarea } from "./kept-textarea";

// The one field kit of every form: the public form, the partnership and money forms, and the staff
// and administration pages. Server components, plain HTML, so every form works without JavaScript.
// A field's hint and error are tied to its control with aria-describedby, and the error repeats the
// label for screen readers that read it alone (WCAG 2.1 AA: 1.3.1, 3.3.1, 3.3.2).

const WIDTHS = {
  widest: "w-full max-w-3xl",
  wide: "w-full max-w-2xl",
  medium: "w-full max-w-md",
  narrow: "w-full max-w-xs",
  tiny: "w-full max-w-48",
  /** As wide as its content (a select) or the browser's default (an input): for fields side by side. */
  fit: "",
} as const;
export type FieldWidth = keyof typeof WIDTHS;

/** The class of every text input, textarea and select; `width` caps how wide it grows. */
export function inputClass(width: FieldWidth = "wide"): string {
  const look = "rounded border-2 border-slate-700 bg-white px-3 py-2 text-base focus:border-slate-900";
  return ["mt-2 block", WIDTHS[width], look].filter(Boolean).join(" ");
}

/**
 * The ids a control is described by: its hint, its error and its count note, when shown, then any
 * text elsewhere on the page that describes it too (`also`).
 */
export function describedBy(
  id: string,
  parts: { hint?: unknown; error?: unknown; count?: unknown; also?: string },
) {
  const ids = [parts.hint ? `${id}-hint` : null, parts.error ? `${id}-error` : null];
  if (parts.count) ids.push(`${id}-count`);
  if (parts.also) ids.push(parts.also);
  return ids.filter(Boolean).join(" ") || undefined;
}

/** The error beside a field; the label is repeated for screen readers reading the error alone. */
export function FieldError({ id, label, message }: { id: string; label: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 font-semibold text-red-800" data-field-error>
      <span className="sr-only">{label}: </span>
      {message}
    </p>
  );
}

/** A field's hint and error, with the ids `describedBy` points to. */
export function FieldHelp({
  id,
  label,
  hint,
  error,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
}) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-slate-700">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} label={label} message={error} />
    </>
  );
}

/** The block around one field; a field in error gets a red bar at its side. */
export function FieldWrap({
  error,
  children,
  className = "mt-6",
}: {
  error?: string;
  children: ReactNode;
  className?: string;
}) {
  return <div className={`${className} ${error ? "border-l-4 border-red-700 pl-4" : ""}`}>{children}</div>;
}

export interface FieldProps {
  id: string;
  /** The name the value is sent under; the id when not given. */
  name?: string;
  label: string;
  /** Text, or text with a link in it. */
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  /** The denser look of the partnership and money forms: a smaller label, less space above. */
  compact?: boolean;
  /** The space above the field, when it differs from the default of its look. */
  spacing?: string;
  /** The id of a text elsewhere on the page that describes this control too. */
  alsoDescribedBy?: string;
  /** In error, though the message stands only in the page's alert, not beside the field. */
  invalid?: boolean;
}

/** The label, hint and error of one field around its control (for controls the kit does not draw). */
export function FieldShell({ p, children }: { p: FieldProps; children: ReactNode }) {
  return (
    <FieldWrap error={p.error} className={p.spacing ?? (p.compact ? "mt-5" : "mt-6")}>
      <label htmlFor={p.id} className={p.compact ? "block font-semibold" : "block text-lg font-semibold"}>
        {p.label}
      </label>
      <FieldHelp {...p} />
      {children}
    </FieldWrap>
  );
}

/** The id, name and aria attributes of a field's control. */
export function controlProps(p: FieldProps, count?: string) {
  return {
    id: p.id,
    name: p.name ?? p.id,
    "aria-describedby": describedBy(p.id, { hint: p.hint, error: p.error, count, also: p.alsoDescribedBy }),
    "aria-invalid": p.error || p.invalid ? true : undefined,
    "aria-required": p.required || undefined,
  };
}

export interface TextFieldProps extends FieldProps {
  value?: string;
  type?: "text" | "date" | "time" | "number" | "email" | "tel" | "url" | "password" | "search";
  /** A textarea of this many rows instead of a one-line input. */
  rows?: number;
  width?: FieldWidth;
  /** Shorthand for the narrow width (dates are always narrow). */
  narrow?: boolean;
  autoComplete?: string;
  spellCheck?: boolean;
  autoCapitalize?: "none" | "off";
  inputMode?: "text" | "numeric" | "decimal" | "email" | "tel" | "url";
  maxLength?: number;
  /** The bounds of a number. */
  min?: number;
  max?: number;
  /** The id of a datalist of suggestions. */
  list?: string;
  /** The language of the text typed, when it is not the page's (a mail text in the other language). */
  lang?: string;
  /** Classes added to the control's own, such as a monospace face for codes and mail texts. */
  controlClass?: string;
  /** A note under the control on how many characters fit (for example "At most 500 characters"). */
  countText?: string;
}

export function TextField(p: TextFieldProps) {
  const common = {
    ...controlProps(p, p.countText),
    defaultValue: p.value ?? "",
    autoComplete: p.autoComplete,
    spellCheck: p.spellCheck,
    autoCapitalize: p.autoCapitalize,
    maxLength: p.maxLength,
    lang: p.lang,
  };
  const width = p.width ?? (p.narrow || p.type === "date" ? "narrow" : "wide");
  const extra = p.controlClass ? ` ${p.controlClass}` : "";
  return (
    <FieldShell p={p}>
      {p.rows ? (
        <KeptTextarea {...common} rows={p.rows} className={inputClass(p.width ?? "wide") + extra} />
      ) : (
        <input
          {...common}
          type={p.type ?? "text"}
          inputMode={p.inputMode}
          min={p.min}
          max={p.max}
          list={p.list}
          className={inputClass(width) + extra}
        />
      )}
      {p.countText && (
        <p id={`${p.id}-count`} className="mt-1 text-slate-700">
          {p.countText}
        </p>
      )}
    </FieldShell>
  );
}

/** A file to upload (`accept` narrows the types offered); its form is sent as multipart/form-data. */
export function FileField(p: FieldProps & { accept?: string; multiple?: boolean }) {
  return (
    <FieldShell p={p}>
      <input
        {...controlProps(p)}
        type="file"
        accept={p.accept}
        multiple={p.multiple}
        className="mt-2 block"
      />
    </FieldShell>
  );
}

export interface Option {
  value: string;
  label: string;
  /** The box's own id, when it is not drawn from the field's id and the value. */
  id?: string;
}

/** A select; `placeholder` is an empty first choice. */
export function SelectField(
  p: FieldProps & { value?: string; options: Option[]; placeholder?: string; width?: FieldWidth },
) {
  return (
    <FieldShell p={p}>
      <select {...controlProps(p)} defaultValue={p.value ?? ""} className={inputClass(p.width ?? "medium")}>
        {p.placeholder !== undefined && <option value="">{p.placeholder}</option>}
        {p.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/**
 * Checkboxes (or radio buttons, with `type="radio"`) under one legend. Each box is `${id}-${value}`
 * unless its option names its own id, except that by default the first carries the field's own id, so
 * an error summary's link to the field lands on it.
 */
export function CheckboxGroup(
  p: FieldProps & {
    options: Option[];
    chosen: readonly string[];
    firstBoxOwnId?: boolean;
    type?: "checkbox" | "radio";
  },
) {
  const chosen = new Set(p.chosen);
  return (
    <fieldset
      className={`${p.spacing ?? (p.compact ? "mt-5" : "mt-6")} ${p.error ? "border-l-4 border-red-700 pl-4" : ""}`}
      aria-describedby={describedBy(p.id, p)}
    >
      <legend className="text-lg font-semibold">{p.label}</legend>
      <FieldHelp {...p} />
      <div className="mt-2 space-y-2">
        {p.options.map((option, i) => {
          const boxId = option.id ?? (i === 0 && !p.firstBoxOwnId ? p.id : `${p.id}-${option.value}`);
          return (
            <div key={option.value} className="flex items-center gap-3">
              <input
                type={p.type ?? "checkbox"}
                id={boxId}
                name={p.name ?? p.id}
                value={option.value}
                defaultChecked={chosen.has(option.value)}
                className="h-6 w-6"
              />
              <label htmlFor={boxId}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** One checkbox that turns a setting on or off, with its label beside it and its hint and error below. */
export function CheckboxField(p: Omit<FieldProps, "required"> & { checked: boolean; value?: string }) {
  return (
    <FieldWrap error={p.error} className={p.spacing ?? (p.compact ? "mt-5" : "mt-6")}>
      <div className="flex items-center gap-3">
        <input
          type="checkbox"
          {...controlProps(p)}
          value={p.value}
          defaultChecked={p.checked}
          className="h-6 w-6"
        />
        <label htmlFor={p.id} className={p.hint ? "font-semibold" : undefined}>
          {p.label}
        </label>
      </div>
      <FieldHelp {...p} />
    </FieldWrap>
  );
}

/**
 * A box to tick before a form is sent (the public form's consent, having reviewed what a release
 * holds). Its error stands above the box, so it is met before the box; `quietError` keeps it for
 * screen readers only, where the form already shows the same message.
 */
export function ConfirmField(p: Omit<FieldProps, "required"> & { value: string; quietError?: boolean }) {
  return (
    <FieldWrap error={p.error} className={p.spacing ?? (p.compact ? "mt-3" : "mt-4")}>
      {p.error && (
        <p id={`${p.id}-error`} className={p.quietError ? "sr-only" : "font-semibold text-red-800"}>
          {p.error}
        </p>
      )}
      <div className="flex items-start gap-3">
        <input type="checkbox" {...controlProps(p)} value={p.value} className="mt-1 h-6 w-6" />
        <label htmlFor={p.id} className={p.compact ? undefined : "text-lg"}>
          {p.label}
        </label>
      </div>
      {p.hint && (
        <p id={`${p.id}-hint`} className="text-slate-700">
          {p.hint}
        </p>
      )}
    </FieldWrap>
  );
}
