import "server-only";
import { formatRegistrationNumber } from "@/lib/domain/registration-number";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Takes the next registration number for the year. Must run inside the transaction that registers
 * the request: the counter row stays locked until commit, and a rollback returns the number, so
 * the sequence has no gaps even when many requests arrive at once.
 */
export async function nextRegistrationNumber(
  tx: Prisma.TransactionClient,
  prefix: string,
  year: number,
): Promise<string> {
  const rows = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO registration_counter (prefix, year, last) VALUES (${prefix}, ${year}, 1)
    ON CONFLICT (prefix, year) DO UPDATE SET last = registration_counter.last + 1
    RETURNING last`;
  return formatRegistrationNumber(prefix, year, rows[0]!.last);
}
