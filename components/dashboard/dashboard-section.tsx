import type { ComponentProps, ReactNode } from "react";
import type { Column } from "@/components/data-table";
import { Link } from "@/lib/i18n/navigation";

// The parts every section of the dashboard is made of: the section named by its heading, the
// figures in boxes, and the column of names that are links only for those who may open them.

/** A section of the dashboard; `id` is its heading's, which names the section. */
export function DashboardSection({
  id,
  heading,
  className = "mt-10",
  children,
}: {
  id: string;
  heading: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id}>{heading}</h2>
      {children}
    </section>
  );
}

/** Figures in boxes, each a term and its value; `data-figure` names each box for tests. */
export function Figures({
  figures,
  className,
}: {
  figures: { key: string; label: string; value: string }[];
  className: string;
}) {
  return (
    <dl className={`mt-3 grid gap-4 ${className}`}>
      {figures.map((f) => (
        <div key={f.key} className="rounded border-2 border-slate-300 p-3" data-figure={f.key}>
          <dt>{f.label}</dt>
          <dd className="m-0 text-3xl font-bold">{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The column that names each row: the name links to its page when the viewer may open it
 * (`allowed`), and is plain text otherwise.
 */
export function nameColumn<R>(
  head: string,
  allowed: boolean,
  href: (row: R) => ComponentProps<typeof Link>["href"],
  name: (row: R) => string,
): Column<R> {
  return {
    head,
    rowHeader: true,
    cell: (r) => (allowed ? <Link href={href(r)}>{name(r)}</Link> : name(r)),
  };
}
