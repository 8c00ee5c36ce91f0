import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "../env";

// Short timeouts: a hanging mail server must not hold an outbox claim for long (the lease is renewed
// while a send runs, lib/server/mail/lease.ts), and a failed attempt is cheap: the row is retried later.
const TIMEOUT_MS = 10_000;

/** A nodemailer transporter for an smtp:// or smtps:// URL (credentials and options may be in the URL). */
export function createTransport(smtpUrl: string): Transporter {
  return nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS,
  });
}

/** The transporter for SMTP_URL, or null when mail delivery is not configured. */
export function getTransport(): Transporter | null {
  const { SMTP_URL } = env();
  return SMTP_URL ? createTransport(SMTP_URL) : null;
}
