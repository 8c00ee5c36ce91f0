import "server-only";
import type { FieldValues } from "@/lib/domain/intake/schema";
import { getDb } from "../db/client";

/**
 * Stores one section's answers exactly as typed (valid or not, so nothing is lost), in one atomic
 * statement: two tabs saving different sections never overwrite each other. Only drafts change.
 */
export async function saveSection(
  requestId: string,
  sectionId: string,
  values: FieldValues,
): Promise<boolean> {
  const db = await getDb();
  const count = await db.$executeRaw`
    UPDATE request
       SET answers = jsonb_set(answers, ARRAY[${sectionId}]::text[], ${JSON.stringify(values)}::jsonb, true),
           version = version + 1,
           updated_at = now()
     WHERE id = ${requestId}::uuid AND status = 'DRAFT'`;
  return count === 1;
}
