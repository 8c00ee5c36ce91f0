import type { ReactNode } from "react";

// A list of items (<ul>), or the sentence that says there are none: documents, opinions, notes,
// messages and the like. Each item is keyed by its id.

const LOOKS = {
  bullets: { list: "mt-2 list-disc pl-6", item: "break-words" },
  /** Lines between the items. */
  ruled: { list: "mt-4 divide-y divide-slate-300 border-y border-slate-300", item: "py-3" },
  /** A coloured bar beside each item (its colour is `accent`). */
  marked: { list: "mt-2 space-y-3", item: "border-l-4 pl-3" },
};

export function ItemList<T extends { id: string }>({
  items,
  empty,
  look,
  accent,
  className = look && LOOKS[look].list,
  itemClassName = look && `${LOOKS[look].item}${accent ? ` ${accent}` : ""}`,
  children,
}: {
  items: readonly T[];
  /** Said instead of the list when there are no items. */
  empty: ReactNode;
  look?: keyof typeof LOOKS;
  /** The colour of the bar of the "marked" look. */
  accent?: string;
  className?: string;
  /** Classes of each item, or of one item from the item. */
  itemClassName?: string | ((item: T) => string);
  children: (item: T) => ReactNode;
}) {
  if (items.length === 0) return <p>{empty}</p>;
  return (
    <ul className={className}>
      {items.map((item) => (
        <li
          key={item.id}
          className={typeof itemClassName === "function" ? itemClassName(item) : itemClassName}
        >
          {children(item)}
        </li>
      ))}
    </ul>
  );
}

/** An item that begins with a line in bold (who wrote it, when) above its text. */
export function Entry({ heading, children }: { heading: ReactNode; children: ReactNode }) {
  return (
    <>
      <p className="mt-0 font-semibold">{heading}</p>
      {children}
    </>
  );
}
