// The bench's table: each route's absolute figures beside its ratio to the bare Next.js app.
import type { Figure } from "./measure";

export type Row = Figure & { route: string; vs: "static" | "insert" | "none"; baseline: Figure | null };

interface Result {
  database: string;
  insertBaseline: string;
  machine: { cpus: number; model?: string; memoryGb: number; loadAverage: number[] };
  nextVersion: string;
  durationSec: number;
  javascriptGzipKb?: Record<string, number>;
  routes: (Figure & { route: string; ratio: number | null; ratioTo: string | null })[];
}

export function printTable(result: Result): void {
  const out: string[] = [];
  const m = result.machine;
  out.push(
    `Database: ${result.database}. Next.js ${result.nextVersion}. ${m.cpus} × ${m.model ?? "cpu"}, ${m.memoryGb} GB, load ${m.loadAverage.map((l) => l.toFixed(1)).join(" ")}. ${result.durationSec} s per route.`,
    `Insert baseline: ${result.insertBaseline}.`,
    "",
    "| route | connections | req/s | p50 ms | p99 ms | non-2xx | ratio |",
    "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
  );
  for (const r of result.routes) {
    const codes = Object.entries(r.statusCodes ?? {})
      .filter(([code]) => code !== "2xx")
      .map(([code, n]) => `${code}: ${n}`)
      .join(", ");
    const ratio = r.ratio === null ? "–" : `${r.ratio.toFixed(2)} × ${r.ratioTo}`;
    out.push(
      `| ${r.route} | ${r.connections ?? ""} | ${r.requestsPerSec} | ${r.p50Ms} | ${r.p99Ms} | ${codes || 0} | ${ratio} |`,
    );
  }
  if (result.javascriptGzipKb) {
    const bare = result.javascriptGzipKb.bare ?? 0;
    out.push("", "| page | JavaScript (gzip kB) | more than the bare page |", "| --- | ---: | ---: |");
    for (const [page, kb] of Object.entries(result.javascriptGzipKb))
      out.push(`| ${page} | ${kb} | ${page === "bare" ? "–" : `+${Math.round((kb - bare) * 10) / 10}`} |`);
  }
  process.stdout.write(`${out.join("\n")}\n`);
}
