import "server-only";
import type { Db } from "../db/client";
import { logger } from "../log";
import { renewClaim, type Claim } from "../queue/claims";

// An outbox claim is a lease, not a fixed lock: short, so the rows of an instance that was killed
// wait only about half a minute for another instance, and renewed while the claiming run is alive,
// so a slow mail server never makes a live claim look dead (which would send the mail twice).

export interface LeaseTiming {
  /** How long a claim holds without renewal. */
  leaseMs: number;
  /** How often a live run renews the claims it holds; well under leaseMs. */
  renewEveryMs: number;
}

export const DEFAULT_LEASE: LeaseTiming = { leaseMs: 30_000, renewEveryMs: 10_000 };

/**
 * Keeps the claims of one delivery run alive until `release()`: every `renewEveryMs` each claim
 * still ours is extended. `renew` extends one at once (before its mail is handed to SMTP).
 */
export function holdLease(db: Db, claims: Claim[], opts: LeaseTiming & { now?: Date }) {
  const at = opts.now ?? null;
  let held = [...claims];
  let beating = false;
  const beat = async () => {
    if (beating) return;
    beating = true;
    try {
      const still: Claim[] = [];
      for (const claim of held)
        if (await renewClaim(db, "outbox_email", claim, opts.leaseMs, at)) still.push(claim);
      held = still;
    } catch (error) {
      // The next beat tries again; a claim that runs out meanwhile is simply taken over.
      logger.warn({ err: (error as Error).message }, "outbox lease renewal failed");
    } finally {
      beating = false;
    }
  };
  const timer = claims.length ? setInterval(() => void beat(), opts.renewEveryMs) : undefined;
  timer?.unref();
  return {
    renew: (claim: Claim) => renewClaim(db, "outbox_email", claim, opts.leaseMs, at),
    release: () => clearInterval(timer),
  };
}
