// Measuring helpers for tests/bench/run.ts: autocannon runs, the memory of a server's process tree,
// and the gzip size of the JavaScript a page loads.
import { readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";

export interface Figure {
  connections: number;
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes?: Record<string, number>;
}

export interface Load {
  url: string;
  connections: number;
  duration: number;
  method?: "GET" | "POST";
  /** Run until this many responses instead of for `duration` (slow routes such as a full export). */
  amount?: number;
  timeoutSec?: number;
  headers?: Record<string, string>;
  /** Per request: a body and headers of its own (unique keys, one client address each). */
  each?: (n: number) => { body?: string; headers?: Record<string, string> };
}

export async function run(load: Load): Promise<Figure> {
  let n = 0;
  const result = await autocannon({
    url: load.url,
    connections: load.connections,
    ...(load.amount ? { amount: load.amount } : { duration: load.duration }),
    timeout: load.timeoutSec ?? 30,
    method: load.method ?? "GET",
    headers: load.headers ?? {},
    ...(load.each
      ? {
          requests: [
            {
              setupRequest: (req: autocannon.Request) => {
                const own = load.each!(n++);
                return {
                  ...req,
                  ...(own.body !== undefined ? { body: own.body } : {}),
                  headers: { ...req.headers, ...own.headers },
                };
              },
            },
          ],
        }
      : {}),
  });
  const codes: Record<string, number> = {};
  for (const key of ["1xx", "2xx", "3xx", "4xx", "5xx"] as const) {
    const count = (result as unknown as Record<string, number>)[key];
    if (count) codes[key] = count;
  }
  return {
    connections: load.connections,
    requestsPerSec: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes: codes,
  };
}

/** Resident memory (MB) of a process and all its descendants (next start may fork a worker). */
export function treeRssMb(rootPid: number): number {
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parent.set(Number(entry), Number(fields[1]));
      // Field 24 of stat (rss, in pages), counted after the command name.
      rss.set(Number(entry), Number(fields[21]) * 4096);
    } catch {
      // gone meanwhile
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid; p && p > 1; p = parent.get(p)) if (p === rootPid) return true;
    return false;
  };
  let total = 0;
  for (const [pid, bytes] of rss) if (inTree(pid)) total += bytes;
  return Math.round(total / 1024 / 1024);
}

/** The gzip size (kB) of every script a page's HTML loads, each counted once. */
export async function pageJsKb(base: string, path: string, cookie?: string): Promise<number> {
  const html = await (await fetch(base + path, { headers: cookie ? { cookie } : {} })).text();
  const sources = new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&")));
  let bytes = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    bytes += gzipSync(body).length;
  }
  return Math.round(bytes / 102.4) / 10;
}
