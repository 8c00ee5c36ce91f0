// The test mail server as a process (Playwright starts it): npx tsx tests/support/smtp-sink.ts
// Every message lands as JSON in SMTP_SINK_DIR; see tests/support/smtp-sink-server.ts.
import path from "node:path";
import { startSmtpSink } from "./smtp-sink-server";

const port = Number(process.env.SMTP_SINK_PORT || 2525);
const dir = path.resolve(process.env.SMTP_SINK_DIR || ".data/e2e-mail");

const sink = await startSmtpSink(port, dir);
console.log(`smtp-sink listening on ${port}`);

function shutdown() {
  // Open client connections could hold the close; the test run is over anyway.
  setTimeout(() => process.exit(0), 2000).unref();
  void sink.stop().then(() => process.exit(0));
}
process.once("SIGTERM", shutdown);
process.once("SIGINT", shutdown);
