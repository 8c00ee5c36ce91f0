import { DocumentTable } from "@/components/document-table";
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
              <DocumentTable
                key={i}
                className="mt-3"
                tableClassName="text-sm"
                caption={block.caption}
                showCaption
                head={block.head}
                rows={block.rows}
              />
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
