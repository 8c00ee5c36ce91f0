import type { Db } from "@/lib/server/db/client";

// Searches every text, varchar, json, jsonb, text-array and bytea column of every table in the
// database (from information_schema, so a table added later is searched too) for a value, case
// insensitively. Used to prove that an erasure leaves no trace of an address.

export interface Trace {
  table: string;
  column: string;
  rows: number;
}

interface Column {
  table_name: string;
  column_name: string;
  data_type: string;
  udt_name: string;
}

export async function findEverywhere(db: Db, needle: string): Promise<Trace[]> {
  const columns = await db.$queryRawUnsafe<Column[]>(
    `SELECT table_name::text, column_name::text, data_type::text, udt_name::text
       FROM information_schema.columns
      WHERE table_schema = current_schema()
        AND (data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea')
             OR udt_name IN ('_text', '_varchar'))
      ORDER BY table_name, column_name`,
  );
  if (columns.length < 20)
    throw new Error("information_schema listed too few columns: the search would prove nothing");
  const pattern = `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const traces: Trace[] = [];
  for (const c of columns) {
    const column = `"${c.column_name}"`;
    const condition =
      c.data_type === "bytea"
        ? `position(lower($1::text) in lower(encode(${column}, 'escape'))) > 0`
        : c.data_type === "ARRAY"
          ? `array_to_string(${column}, ' ') ILIKE $1`
          : `${column}::text ILIKE $1`;
    const [row] = await db.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "${c.table_name}" WHERE ${condition}`,
      c.data_type === "bytea" ? needle : pattern,
    );
    if (row && row.n > 0) traces.push({ table: c.table_name, column: c.column_name, rows: row.n });
  }
  return traces;
}
