import type { Column } from "@/components/data-table";
import { RetryButton } from "./retry-button";

// The columns that the mail outbox and the webhook deliveries share: state, attempts, last error,
// when it was made and will be tried next, and for a failed one the button that queues it again.

export interface Attempted {
  id: string;
  status: string;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  nextAttemptAt: Date | null;
}

export function attemptColumns<R extends Attempted>(p: {
  head: Record<"status" | "attempts" | "lastError" | "created" | "next" | "actions", string>;
  status: (r: R) => string;
  when: (d: Date | null) => string;
  /** Where a failed one is posted to be tried again. */
  retryAction: (r: R) => string;
  retryLabel: (r: R) => string;
  retryText: string;
  locale: string;
}): Column<R>[] {
  return [
    { head: p.head.status, cell: p.status },
    { head: p.head.attempts, cell: (r) => r.attempts },
    { head: p.head.lastError, className: "break-words", cell: (r) => r.lastError ?? "–" },
    { head: p.head.created, cell: (r) => p.when(r.createdAt) },
    { head: p.head.next, cell: (r) => p.when(r.nextAttemptAt) },
    {
      head: p.head.actions,
      cell: (r) =>
        r.status === "FAILED" && (
          <RetryButton
            action={p.retryAction(r)}
            locale={p.locale}
            label={p.retryLabel(r)}
            text={p.retryText}
          />
        ),
    },
  ];
}
