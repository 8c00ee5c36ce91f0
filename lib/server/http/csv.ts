import "server-only";

/** One CSV cell: always quoted, and a leading =, +, -, @ or tab is defused (CSV injection). */
export function csvCell(value: unknown): string {
  const s =
    value instanceof Date
      ? value.toISOString().slice(0, 10)
      : value === null || value === undefined
        ? ""
        : String(value);
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return `"${safe.replace(/"/g, '""')}"`;
}

const line = (cells: readonly unknown[]) => `${cells.map(csvCell).join(",")}\r\n`;

/**
 * A CSV download streamed row by row: UTF-8 with a byte order mark so spreadsheet programs read
 * å, ä and ö, CRLF line ends, never cached.
 */
export function csvDocument(
  header: readonly string[],
  rows: AsyncIterable<readonly unknown[]> | Iterable<readonly unknown[]>,
  filename: string,
): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${line(header)}`));
      for await (const row of rows) controller.enqueue(encoder.encode(line(row)));
      controller.close();
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
