import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

// A real SMTP server on 127.0.0.1 for integration tests, keeping what it receives in memory.
// `refuse` maps a recipient to the SMTP code RCPT TO answers with; everyone else is accepted.

export interface Captured {
  to: string[];
  mail: ParsedMail;
}

export async function startSmtpCapture() {
  const received: Captured[] = [];
  const refuse = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(rcpt, _session, callback) {
      const code = refuse.get(rcpt.address);
      if (!code) return callback();
      callback(Object.assign(new Error(`<${rcpt.address}>: mailbox says no`), { responseCode: code }));
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({ to: session.envelope.rcptTo.map((a) => a.address), mail });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  return {
    url,
    received,
    refuse,
    to: (address: string) => received.filter((r) => r.to.includes(address)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
