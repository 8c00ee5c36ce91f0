import "server-only";

export interface HealthReport {
  status: "ok" | "unavailable";
  database: "up" | "down";
  databaseKind?: string;
  latencyMs?: number;
}

const TIMEOUT_MS = 3_000;

/** Asks the database a trivial question, giving up after a few seconds. */
export async function checkHealth(
  probe: () => Promise<{ kind: string; ping: () => Promise<unknown> }>,
): Promise<HealthReport> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("database health check timed out")), TIMEOUT_MS);
    });
    const { kind, ping } = await Promise.race([probe(), timeout]);
    await Promise.race([ping(), timeout]);
    return {
      status: "ok",
      database: "up",
      databaseKind: kind,
      latencyMs: Math.round(performance.now() - started),
    };
  } catch {
    return { status: "unavailable", database: "down" };
  } finally {
    clearTimeout(timer);
  }
}
