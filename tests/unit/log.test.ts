import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "@/lib/server/log";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { lines, logger: createLogger(stream) };
}

describe("logger", () => {
  it("writes one JSON object per line with level, time and message", () => {
    const { lines, logger } = capture();
    logger.child({ requestId: "req-12345678" }).info({ route: "/api/health" }, "hello");
    expect(lines[0]).toMatchObject({
      level: "info",
      msg: "hello",
      requestId: "req-12345678",
      route: "/api/health",
    });
    expect(typeof lines[0]!.time).toBe("string");
  });

  it("redacts personal data even when a caller passes it by mistake", () => {
    const { lines, logger } = capture();
    logger.info(
      {
        email: "anna@example.se",
        contact: { name: "Anna", phone: "070-123" },
        token: "secret",
        requestId: "r1",
      },
      "oops",
    );
    const text = JSON.stringify(lines[0]);
    for (const leaked of ["anna@example.se", "Anna", "070-123", "secret"]) expect(text).not.toContain(leaked);
    expect(lines[0]).toMatchObject({ email: "[redacted]", requestId: "r1" });
  });
});
