import type { ReactNode } from "react";

// A list of terms and their values (<dl>): the term in bold beside its value, or above it on narrow
// screens unless `sideBySide`. Items that are false are left out, so optional rows read inline.
// A value's attributes are set only when given: the page data React sends to the browser writes out
// every prop, undefined ones too, and the register lists 150 values a page.

export interface Description {
  term: ReactNode;
  value: ReactNode;
  /** Classes of the value, such as a monospaced font for a hash. */
  className?: string;
  testId?: string;
}

export function DescriptionList({
  items,
  className,
  sideBySide,
}: {
  items: (Description | false | null | undefined)[];
  className?: string;
  /** Term and value side by side on every screen. */
  sideBySide?: boolean;
}) {
  const columns = sideBySide ? "grid-cols-[max-content_1fr]" : "sm:grid-cols-[max-content_1fr]";
  return (
    <dl className={`grid gap-x-4 gap-y-1 ${columns}${className ? ` ${className}` : ""}`}>
      {items.map(
        (d, i) =>
          d && [
            <dt key={`t${i}`} className="font-semibold">
              {d.term}
            </dt>,
            <dd
              key={`d${i}`}
              {...(d.className && { className: d.className })}
              {...(d.testId && { "data-testid": d.testId })}
            >
              {d.value}
            </dd>,
          ],
      )}
    </dl>
  );
}
