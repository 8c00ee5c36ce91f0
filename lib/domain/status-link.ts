// How long an applicant's private status link works: as long as the case is open, and for a
// configured number of days after it ended (STATUS_LINK_DAYS_AFTER_END, lib/server/env.ts). After
// that the page explains how to ask the municipality for the case instead (a public record).

const DAY_MS = 86_400_000;

export interface LinkCase {
  status: "DRAFT" | "OPEN" | "ENDED";
  /** When the case ended (its last ENDED event); null while it is open. */
  endedAt: Date | null;
}

/** The moment the link stops working, or null while the case is open. */
export function statusLinkEndsAt(c: LinkCase, daysAfterEnd: number): Date | null {
  if (c.status !== "ENDED" || !c.endedAt) return null;
  return new Date(c.endedAt.getTime() + daysAfterEnd * DAY_MS);
}

export function statusLinkExpired(c: LinkCase, daysAfterEnd: number, now = new Date()): boolean {
  const endsAt = statusLinkEndsAt(c, daysAfterEnd);
  return endsAt !== null && endsAt.getTime() <= now.getTime();
}
