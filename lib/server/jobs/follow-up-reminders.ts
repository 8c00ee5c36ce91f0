import "server-only";
import { addDays, dateValue, isoDate, swedishDate } from "@/lib/domain/follow-ups";
import { getDb, type Db } from "../db/client";
import { logger } from "../log";
import { startPeriodicJob } from "./periodic";
import { followUpReminderEmail, partnerReminderEmail } from "../mail/follow-up-emails";
import { enqueueEmail } from "../mail/outbox";
import { kickOutbox } from "../mail/worker";
import { getSettings } from "../settings";
import { absoluteUrl } from "../urls";

// Reminders before a partnership's follow-ups (issue 5, part 4). Every instance runs this job; each
// reminder is still written once, because a follow-up is claimed with a conditional UPDATE
// (reminder_sent_at IS NULL) in the same transaction that queues its mail: a second instance's
// UPDATE waits for the first transaction's row lock and then finds the column set, so it claims
// nothing; a rollback (e.g. the mail could not be queued) leaves the follow-up to the next run.

/** Reminders go out this many days before a follow-up is due. */
export const REMINDER_DAYS_AHEAD = 7;
/** How often each instance looks for follow-ups to remind about. */
export const REMINDER_INTERVAL_MS = 15 * 60 * 1000;
const BATCH = 200;

export interface ReminderOptions {
  now?: Date;
  daysAhead?: number;
  /** The lotsen mailbox and the municipality's name (from the settings). */
  mailbox: string;
  municipality: string;
}

/** Queues a reminder for every open follow-up of an active partnership due within `daysAhead`. */
export async function sendFollowUpReminders(db: Db, options: ReminderOptions): Promise<number> {
  const now = options.now ?? new Date();
  const until = addDays(swedishDate(now), options.daysAhead ?? REMINDER_DAYS_AHEAD);
  // Not-yet-reminded follow-ups due by then; one already past (the job was down) still gets one.
  const due = await db.followUp.findMany({
    where: {
      doneAt: null,
      reminderSentAt: null,
      dueDate: { lte: dateValue(until) },
      partnership: { status: "ACTIVE" },
    },
    select: {
      id: true,
      kind: true,
      dueDate: true,
      partnership: {
        select: {
          id: true,
          title: true,
          request: { select: { assignedTo: { select: { email: true, disabledAt: true } } } },
          parties: {
            where: { side: "CIVIL_SOCIETY", contactEmail: { not: null } },
            select: { contactEmail: true },
          },
        },
      },
    },
    orderBy: { dueDate: "asc" },
    take: BATCH,
  });
  let sent = 0;
  for (const f of due) {
    const lots = f.partnership.request?.assignedTo;
    const recipients = [options.mailbox];
    if (lots && !lots.disabledAt && lots.email.toLowerCase() !== options.mailbox.toLowerCase())
      recipients.push(lots.email);
    const mail = followUpReminderEmail({
      title: f.partnership.title,
      dueDate: isoDate(f.dueDate),
      kind: f.kind,
      url: absoluteUrl(`/staff/partnerships/${f.partnership.id}/follow-ups`),
      municipality: options.municipality,
    });
    const claimed = await db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ id: string }[]>`
        UPDATE follow_up SET reminder_sent_at = ${now}
        WHERE id = ${f.id}::uuid AND reminder_sent_at IS NULL AND done_at IS NULL
        RETURNING id`;
      if (rows.length === 0) return false;
      for (const to of recipients) await enqueueEmail(tx, { to, ...mail });
      // A report is the partner's to write: their contacts are reminded too (no link in the mail).
      if (f.kind === "REPORT")
        for (const p of f.partnership.parties)
          await enqueueEmail(tx, {
            to: p.contactEmail!,
            ...partnerReminderEmail({
              title: f.partnership.title,
              dueDate: isoDate(f.dueDate),
              municipality: options.municipality,
            }),
          });
      return true;
    });
    if (claimed) sent++;
  }
  if (sent) {
    kickOutbox();
    logger.info({ event: "follow-up-reminders", count: sent }, "follow-up reminders queued");
  }
  return sent;
}

export async function runFollowUpReminders(now = new Date()): Promise<number> {
  const db = await getDb();
  const settings = await getSettings();
  return sendFollowUpReminders(db, {
    now,
    mailbox: settings.mailbox,
    municipality: settings.municipalityName,
  });
}

/** Looks for due reminders soon after start and then every `intervalMs`, once per process. */
export function startFollowUpReminders(intervalMs = REMINDER_INTERVAL_MS) {
  startPeriodicJob(Symbol.for("lotsen.followUpReminders"), {
    run: () => runFollowUpReminders(),
    firstAfterMs: 30_000,
    intervalMs,
    failure: "follow-up reminders failed",
  });
}
