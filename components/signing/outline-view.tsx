import type { OutlineLike } from "@/lib/domain/agreement-signing";

// A frozen agreement's text as read on the signing page: each section with its paragraphs and
// tables, in the language it was frozen in (Swedish).

export function OutlineView({ outline, headingLevel }: { outline: OutlineLike; headingLevel: 3 }) {
  const H = `h${headingLevel}` as const;
  return (
    <div lang="sv" className="mt-4 border-l-4 border-slate-300 pl-4">
      {outline.sections.map((section) => (
        <section key={section.id} aria-labelledby={`doc-${section.id}`}>
          <H id={`doc-${section.id}`}>{section.heading}</H>
          {section.blocks.map((block, i) =>
            block.kind === "text" ? (
              <div key={i}>
                {block.label && <p className="mb-0 font-semibold">{block.label}</p>}
                <p className="mt-0 whitespace-pre-wrap break-words">{block.text}</p>
              </div>
            ) : block.kind === "table" ? (
              <div key={i} className="mt-3 overflow-x-auto">
                <table className="w-full border-collapse text-left text-sm">
                  <caption className="text-left font-semibold">{block.caption}</caption>
                  <thead>
                    <tr>
                      {block.head.map((h, j) => (
                        <th key={j} scope="col" className="border-b-2 border-slate-700 py-1 pr-3">
                          {h}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {block.rows.map((r, j) => (
                      <tr key={j} className={r.total ? "font-semibold" : undefined}>
                        {r.cells.map((c, k) => (
                          <td key={k} className="border-b border-slate-300 py-1 pr-3">
                            {c}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <ul key={i}>
                {block.parties.map((p, j) => (
                  <li key={j}>{[p.name, p.detail].filter(Boolean).join(", ")}</li>
                ))}
              </ul>
            ),
          )}
        </section>
      ))}
    </div>
  );
}
