// One field of the partner's report form, with its label, hint and error wired for screen readers.

const inputClass =
  "mt-2 block w-full max-w-2xl rounded border-2 border-slate-700 bg-white px-3 py-2 text-base focus:border-slate-900";

export function ReportField(p: {
  name: string;
  label: string;
  hint?: string;
  value: (name: string) => string;
  error: (name: string) => string | undefined;
  rows?: number;
  numeric?: boolean;
  file?: boolean;
  options?: { value: string; label: string }[];
  choose?: string;
}) {
  const error = p.error(p.name);
  const describedBy =
    [p.hint && `${p.name}-hint`, error && `${p.name}-error`].filter(Boolean).join(" ") || undefined;
  const common = {
    id: p.name,
    name: p.name,
    "aria-describedby": describedBy,
    "aria-invalid": error ? true : undefined,
  };
  return (
    <div className={`mt-6 ${error ? "border-l-4 border-red-700 pl-4" : ""}`}>
      <label htmlFor={p.name} className="block text-lg font-semibold">
        {p.label}
      </label>
      {p.hint && (
        <p id={`${p.name}-hint`} className="mt-1 text-slate-700">
          {p.hint}
        </p>
      )}
      {error && (
        <p id={`${p.name}-error`} className="mt-1 font-semibold text-red-800">
          <span className="sr-only">{p.label}: </span>
          {error}
        </p>
      )}
      {p.options ? (
        <select {...common} defaultValue={p.value(p.name)} className={inputClass}>
          <option value="">{p.choose}</option>
          {p.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : p.rows ? (
        <textarea {...common} rows={p.rows} defaultValue={p.value(p.name)} className={inputClass} />
      ) : p.file ? (
        <input
          {...common}
          type="file"
          multiple
          accept=".pdf,.jpg,.jpeg,.png,.docx,.xlsx,.odt,.ods"
          className="mt-2 block"
        />
      ) : (
        <input
          {...common}
          type="text"
          inputMode={p.numeric ? "numeric" : "decimal"}
          defaultValue={p.value(p.name)}
          className={`${inputClass} max-w-xs`}
        />
      )}
    </div>
  );
}
