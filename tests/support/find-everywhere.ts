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
  const condition = (c: Column) => {
    const column = `"${c.column_name}"`;
    if (c.data_type === "bytea") return `position(lower($2::text) in lower(encode(${column}, 'escape'))) > 0`;
    if (c.data_type === "ARRAY") return `array_to_string(${column}, ' ') ILIKE $1`;
    return `${column}::text ILIKE $1`;
  };
  const count = async (table: string, where: string) => {
    const [row] = await db.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "${table}" WHERE ($1::text IS NOT NULL AND $2::text IS NOT NULL) AND (${where})`,
      pattern,
      needle,
    );
    return row?.n ?? 0;
  };
  const traces: Trace[] = [];
  const tables = [...new Set(columns.map((c) => c.table_name))];
  for (const table of tables) {
    const own = columns.filter((c) => c.table_name === table);
    // One query per table; only a table with a hit is searched column by column to say where.
    if ((await count(table, own.map(condition).join(" OR "))) === 0) continue;
    for (const c of own) {
      const rows = await count(table, condition(c));
      if (rows > 0) traces.push({ table, column: c.column_name, rows });
    }
  }
  return traces;
}
