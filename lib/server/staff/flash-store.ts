import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { getDb, type Db } from "../db/client";

// Typed values too long for the flash cookie wait here, in the settings table (as the email-text
// drafts do), under a random key that only the browser's http-only flash cookie knows. Dropping them
// instead would show empty fields, and a second Save would then overwrite the saved text.

const PREFIX = "staff-flash:";
/** Longer than the cookie lives (two minutes), so a reload still finds the values. */
const KEEP_MS = 10 * 60 * 1000;
const valuesSchema = z.record(z.string(), z.array(z.string()));

/** Removes stashes older than KEEP_MS; run with each new stash and by the maintenance job. */
export async function pruneFlashStashes(db: Db, now = new Date()): Promise<number> {
  const { count } = await db.setting.deleteMany({
    where: { key: { startsWith: PREFIX }, updatedAt: { lt: new Date(now.getTime() - KEEP_MS) } },
  });
  return count;
}

export async function stashFlashValues(values: Record<string, string[]>, now = new Date()): Promise<string> {
  const db = await getDb();
  const token = randomUUID();
  await pruneFlashStashes(db, now);
  await db.setting.create({ data: { key: `${PREFIX}${token}`, value: values } });
  return token;
}

export async function readFlashValues(token: string): Promise<Record<string, string[]> | null> {
  if (!z.uuid().safeParse(token).success) return null;
  const db = await getDb();
  const row = await db.setting.findUnique({ where: { key: `${PREFIX}${token}` } });
  if (!row || Date.now() - row.updatedAt.getTime() > KEEP_MS) return null;
  const parsed = valuesSchema.safeParse(row.value);
  return parsed.success ? parsed.data : null;
}
