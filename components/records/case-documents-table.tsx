import { SecondaryButton } from "@/components/form/buttons";

// A case's registered documents in number order, with a secrecy-marking form per document for
// those who may mark (a <details> disclosure, so it works without JavaScript).

export interface DocumentRow {
  id: string;
  number: string;
  date: string;
  direction: string;
  counterpart: string;
  description: string;
  marking: string;
  secrecy: string | null;
}

export interface MarkingText {
  legend: (number: string) => string;
  none: string;
  osl: string;
  paragraph: string;
  paragraphHint: string;
  save: (number: string) => string;
}

interface Props {
  requestId: string;
  rows: DocumentRow[];
  locale: string;
  columns: Record<"number" | "date" | "direction" | "counterpart" | "description" | "marking", string>;
  caption: string;
  /** Present when the user may mark secrecy. */
  marking?: MarkingText;
  /** The marking form that failed validation: its document id, values and error message. */
  failed?: { documentId: string; values: Record<string, string[]>; error: string } | null;
}

export function CaseDocumentsTable({ requestId, rows, locale, columns, caption, marking, failed }: Props) {
  const cell = "border-b border-slate-300 py-2 pr-3 align-top";
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="mt-4 w-full border-collapse text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {Object.values(columns).map((c) => (
              <th key={c} scope="col" className="border-b-2 border-slate-700 py-2 pr-3">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const fail = failed?.documentId === r.id ? failed : null;
            const chosen = fail ? fail.values.marking?.[0] : r.secrecy ? "osl" : "none";
            const id = `doc-${r.id}`;
            return (
              <tr key={r.id} id={id}>
                <th scope="row" className={`${cell} whitespace-nowrap font-semibold`}>
                  {r.number}
                </th>
                <td className={`${cell} whitespace-nowrap`}>{r.date}</td>
                <td className={cell}>{r.direction}</td>
                <td className={`${cell} break-words`}>{r.counterpart}</td>
                <td className={`${cell} break-words`}>{r.description}</td>
                <td className={cell}>
                  <span>{r.marking}</span>
                  {marking && (
                    <details className="mt-2" open={Boolean(fail)}>
                      <summary className="cursor-pointer text-blue-800 underline">
                        {marking.legend(r.number)}
                      </summary>
                      <form method="post" action={`/api/staff/cases/${requestId}/documents/${r.id}/secrecy`}>
                        <input type="hidden" name="locale" value={locale} />
                        <fieldset className="mt-2">
                          <legend className="sr-only">{marking.legend(r.number)}</legend>
                          {(["none", "osl"] as const).map((v) => (
                            <div key={v} className="mt-1 flex items-start gap-2">
                              <input
                                type="radio"
                                id={`${id}-${v}`}
                                name="marking"
                                value={v}
                                defaultChecked={chosen === v}
                                className="mt-1 h-5 w-5"
                              />
                              <label htmlFor={`${id}-${v}`}>
                                {v === "none" ? marking.none : marking.osl}
                              </label>
                            </div>
                          ))}
                        </fieldset>
                        <label htmlFor={`${id}-paragraph`} className="mt-2 block font-semibold">
                          {marking.paragraph}
                        </label>
                        <p id={`${id}-paragraph-hint`} className="mt-0 text-slate-700">
                          {marking.paragraphHint}
                        </p>
                        {fail && (
                          <p id={`${id}-paragraph-error`} className="mt-0 font-semibold text-red-800">
                            {fail.error}
                          </p>
                        )}
                        <input
                          type="text"
                          id={`${id}-paragraph`}
                          name="paragraph"
                          defaultValue={fail ? (fail.values.paragraph?.[0] ?? "") : (r.secrecy ?? "")}
                          aria-describedby={`${id}-paragraph-hint${fail ? ` ${id}-paragraph-error` : ""}`}
                          aria-invalid={fail ? true : undefined}
                          className="mt-1 block w-40 rounded border-2 border-slate-700 px-2 py-1"
                        />
                        <SecondaryButton type="submit" className="mt-2 !px-3 !py-1 !text-base">
                          {marking.save(r.number)}
                        </SecondaryButton>
                      </form>
                    </details>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
