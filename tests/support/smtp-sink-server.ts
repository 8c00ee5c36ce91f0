// A mail server for tests: accepts every message on 127.0.0.1 and writes it as JSON into a folder
// that tests/e2e/support/mailbox.ts reads. tests/support/smtp-sink.ts runs it as a process; the
// reliability test (tests/reliability) starts, stops and restarts it on one port in its own process.
// A recipient starting with "bounce-once-" is refused for good (550) the first time it is seen and
// accepted after that, as a mailbox that was full and then emptied: tests of failed mail use it.
import { randomUUID } from "node:crypto";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface SmtpSink {
  /** Stops listening (open connections are cut after a second) until `start()` again. */
  stop(): Promise<void>;
  start(): Promise<void>;
}

async function store(dir: string, message: object): Promise<void> {
  const name = `${Date.now()}-${randomUUID().slice(0, 8)}.json`;
  // Written under another name first, so a polling reader never sees half a file.
  const temp = path.join(dir, `.${name}.tmp`);
  await writeFile(temp, JSON.stringify(message, null, 2));
  await rename(temp, path.join(dir, name));
}

function createServer(dir: string, bounced: Set<string>): SMTPServer {
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    size: 25 * 1024 * 1024,
    closeTimeout: 1000,
    onRcptTo(address, _session, callback) {
      const name = address.address.toLowerCase();
      if (name.startsWith("bounce-once-") && !bounced.has(name)) {
        bounced.add(name);
        callback(Object.assign(new Error("mailbox unavailable"), { responseCode: 550 }));
        return;
      }
      callback();
    },
    // Any credentials in SMTP_URL are fine: this sink checks nothing.
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username ?? "sink" });
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) =>
          store(dir, {
            // The envelope, not the To header: it also holds Bcc recipients.
            to: session.envelope.rcptTo.map((a) => a.address),
            from: mail.from?.text ?? (session.envelope.mailFrom ? session.envelope.mailFrom.address : ""),
            subject: mail.subject ?? "",
            messageId: mail.messageId ?? null,
            text: mail.text ?? "",
            html: mail.html || null,
            attachments: mail.attachments.map((a) => ({
              filename: a.filename ?? null,
              contentType: a.contentType,
              size: a.size,
              content: a.contentType.startsWith("text/calendar") ? a.content.toString("utf8") : undefined,
            })),
            receivedAt: new Date().toISOString(),
          }),
        )
        .then(() => callback())
        .catch((error: unknown) => {
          console.error("smtp-sink: could not store a message:", error);
          callback(Object.assign(new Error("could not store message"), { responseCode: 451 }));
        });
    },
  });
  server.on("error", (error) => console.error("smtp-sink:", error.message));
  return server;
}

/** Starts a sink on 127.0.0.1:`port` that stores each message in `dir`. */
export async function startSmtpSink(port: number, dir: string): Promise<SmtpSink> {
  await mkdir(dir, { recursive: true });
  const bounced = new Set<string>();
  let server: SMTPServer | null = null;
  const sink: SmtpSink = {
    async start() {
      if (server) return;
      const next = createServer(dir, bounced);
      await new Promise<void>((resolve) => next.listen(port, "127.0.0.1", resolve));
      server = next;
    },
    async stop() {
      const current = server;
      server = null;
      if (current) await new Promise<void>((resolve) => current.close(() => resolve()));
    },
  };
  await sink.start();
  return sink;
}
