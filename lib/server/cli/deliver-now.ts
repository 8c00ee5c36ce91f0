import "server-only";
import type { Db } from "../db/client";
import { deliverDueEmails } from "../mail/deliver";
import { createTransport } from "../mail/transport";

// A command ends before any server's outbox worker would look, so it delivers its own mail at once.
// The outbox's claim (FOR UPDATE SKIP LOCKED) keeps this from sending a mail a running server also
// sends; mail due before ours goes out first, as the worker would send it.
const ROUNDS = 5;

/** Delivers due mail until the given outbox row is sent (true) or has to wait for a retry (false). */
export async function deliverNow(db: Db, smtpUrl: string, outboxId: string): Promise<boolean> {
  const transport = createTransport(smtpUrl);
  try {
    for (let round = 0; round < ROUNDS; round++) {
      await deliverDueEmails(db, transport);
      const row = await db.outboxEmail.findUnique({ where: { id: outboxId }, select: { status: true } });
      if (row?.status !== "PENDING" || round === ROUNDS - 1) return row?.status === "SENT";
    }
    return false;
  } finally {
    transport.close();
  }
}
