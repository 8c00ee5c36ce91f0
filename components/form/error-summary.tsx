"use client";

import { useEffect, useRef } from "react";

export interface SummaryError {
  fieldId: string;
  message: string;
}

// GOV.UK-style error summary: announced, focused when the page loads, each entry linking to its field.
// Without JavaScript the page opens at #fel, which scrolls here; focusing needs JavaScript.
export function ErrorSummary({ title, errors }: { title: string; errors: SummaryError[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  if (errors.length === 0) return null;
  return (
    <div
      ref={ref}
      id="fel"
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="mb-8 border-4 border-red-700 p-4 focus:outline-none focus-visible:ring-4 focus-visible:ring-[var(--color-focus)]"
    >
      <h2 id="error-summary-title" className="mt-0 text-xl font-bold">
        {title}
      </h2>
      <ul className="mt-3 list-none space-y-1 p-0">
        {errors.map((e) => (
          <li key={e.fieldId}>
            <a href={`#${e.fieldId}`} className="font-semibold text-red-800">
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
