import "server-only";
import pino from "pino";

// Structured JSON logs. Personal data never belongs in a log line: callers log ids, counts and
// codes only, and the redaction below is a safety net for keys that might carry such data.
export const REDACTED_KEYS = [
  "name",
  "email",
  "phone",
  "token",
  "password",
  "passwordHash",
  "toAddress",
  "authorization",
  "cookie",
  "answers",
];

const paths = REDACTED_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`]);

export function createLogger(destination?: pino.DestinationStream) {
  return pino(
    {
      level: process.env.LOG_LEVEL || "info",
      base: { service: "lotsen" },
      redact: { paths, censor: "[redacted]" },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}

export const logger = createLogger();

export function requestLogger(requestId: string) {
  return logger.child({ requestId });
}
