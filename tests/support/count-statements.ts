import { getDb } from "@/lib/server/db/client";

// The SQL statements a piece of server code runs, from the database client's query events (which
// lib/server/db/client.ts turns on under test). Run one piece at a time: every statement the
// client runs meanwhile is counted.

type QueryEvent = { query: string };
type Listening = { $on(event: "query", listener: (e: QueryEvent) => void): void };

const KEY = Symbol.for("lotsen.test.statements");
type Holder = { [KEY]?: { current: string[] | null } };

export async function statementsOf<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const holder = globalThis as Holder;
  if (!holder[KEY]) {
    const recorder: { current: string[] | null } = { current: null };
    ((await getDb()) as unknown as Listening).$on("query", (e) => recorder.current?.push(e.query));
    holder[KEY] = recorder;
  }
  const recorder = holder[KEY];
  const statements: string[] = [];
  recorder.current = statements;
  try {
    return { result: await work(), statements };
  } finally {
    recorder.current = null;
  }
}
