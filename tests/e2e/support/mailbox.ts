import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { stateDir } from "../../support/state-dir";

// Reads the mail that tests/support/smtp-sink.ts stored: one JSON file per message.

export interface MailAttachment {
  filename: string | null;
  contentType: string;
  size: number;
  /** Only for text/calendar (UTF-8), so tests can check invitations. */
  content?: string;
}

export interface Mail {
  to: string[];
  from: string;
  subject: string;
  /** The Message-ID header (null when the mail had none). */
  messageId: string | null;
  text: string;
  html: string | null;
  attachments: MailAttachment[];
  receivedAt: string;
}

const POLL_MS = 250;

function mailDir(): string {
  return path.resolve(process.env.SMTP_SINK_DIR || stateDir("e2e-mail"));
}

async function readMails(dir: string): Promise<Mail[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return []; // sink has not started yet
    throw error;
  }
  // Names start with the time received, so sorting gives the oldest first; temp files start with ".".
  const files = names.filter((n) => n.endsWith(".json") && !n.startsWith(".")).sort();
  return Promise.all(files.map(async (n) => JSON.parse(await readFile(path.join(dir, n), "utf8")) as Mail));
}

/** The first stored mail matching `predicate`, waiting for it to arrive. */
export async function waitForMail(
  predicate: (m: Mail) => boolean,
  { timeoutMs = 30_000 }: { timeoutMs?: number } = {},
): Promise<Mail> {
  const dir = mailDir();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = await readMails(dir);
    const match = mails.find(predicate);
    if (match) return match;
    if (Date.now() >= deadline) {
      throw new Error(`no matching mail in ${dir} within ${timeoutMs} ms (${mails.length} mails there)`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** The http(s) links in a text, without trailing punctuation. */
export function extractLinks(text: string): string[] {
  const links = text.match(/https?:\/\/[^\s<>"')\]]+/g) ?? [];
  return links.map((link) => link.replace(/[.,;:!?]+$/, ""));
}

/** Every stored mail matching `predicate`, as it stands now. */
export async function findMails(predicate: (m: Mail) => boolean): Promise<Mail[]> {
  return (await readMails(mailDir())).filter(predicate);
}
