import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { isReceipt, type Outcome } from "./questions";

// What the run must leave behind, read from the database and the mail sink's folder.

export type Query = <T>(sql: string) => Promise<T[]>;

export interface SinkMail {
  to: string[];
  messageId: string | null;
}

export async function readSink(dir: string): Promise<SinkMail[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith(".json") && !name.startsWith("."));
  return Promise.all(
    names.map(async (name) => JSON.parse(await readFile(path.join(dir, name), "utf8")) as SinkMail),
  );
}

/** Waits until the sink holds `expected` distinct Message-IDs (every outbox row delivered at least once). */
export async function waitForSink(dir: string, expected: number, timeoutMs: number): Promise<SinkMail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = await readSink(dir);
    const ids = new Set(mails.map((mail) => mail.messageId));
    if (ids.size >= expected || Date.now() > deadline) return mails;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

export interface StoredQuestion {
  email: string;
  status: string;
  registration_number: string | null;
}

export const STORED_QUESTIONS = `
  SELECT answers->'question'->>'email' AS email, status::text AS status, registration_number
    FROM request WHERE kind = 'QUESTION'`;

export const OUTBOX_ROWS = `SELECT id::text AS id, status::text AS status, to_address FROM outbox_email`;

/** Every post answered; none with a 5xx; all of them (both of a double click) with the receipt. */
export function answerProblems(outcomes: Outcome[]): string[] {
  const problems: string[] = [];
  for (const { question, answers } of outcomes) {
    const expected = question.double ? 2 : 1;
    if (answers.length !== expected) problems.push(`${question.email}: ${answers.length} answers`);
    for (const answer of answers) {
      if (answer.status >= 500) problems.push(`${question.email}: ${answer.status}`);
      else if (!isReceipt(answer)) problems.push(`${question.email}: ${answer.status} ${answer.location}`);
    }
    // Both posts of a double click hand the browser the same draft cookie, so either shows the receipt.
    const cookies = new Set(answers.map((answer) => answer.cookie));
    if (cookies.size !== 1 || cookies.has(null)) problems.push(`${question.email}: cookies differ`);
  }
  return problems;
}

/** Each acknowledged question stored once and sent; the sent numbers are 1..n without a gap. */
export function storageProblems(outcomes: Outcome[], stored: StoredQuestion[]): string[] {
  const problems: string[] = [];
  const sent = stored.filter((row) => row.status !== "DRAFT");
  const byEmail = new Map<string, number>();
  for (const row of sent) byEmail.set(row.email, (byEmail.get(row.email) ?? 0) + 1);
  for (const { question, answers } of outcomes) {
    if (!answers.some(isReceipt)) continue;
    const count = byEmail.get(question.email) ?? 0;
    if (count !== 1) problems.push(`${question.email}: stored ${count} times`);
  }
  const numbers = sent.map((row) => Number(row.registration_number!.split("/")[1])).sort((a, b) => a - b);
  numbers.forEach((n, i) => {
    if (n !== i + 1) problems.push(`registration numbers: position ${i + 1} holds ${n}`);
  });
  return problems.slice(0, 20);
}

/** Every receipt delivered; all copies of one mail carry one Message-ID, the one of its outbox row. */
export function mailProblems(
  outcomes: Outcome[],
  mails: SinkMail[],
  outbox: { id: string; status: string }[],
  host: string,
): string[] {
  const problems: string[] = [];
  for (const { question, answers } of outcomes) {
    if (!answers.some(isReceipt)) continue;
    const ids = new Set(
      mails.filter((mail) => mail.to.includes(question.email)).map((mail) => mail.messageId),
    );
    if (ids.size !== 1) problems.push(`${question.email}: ${ids.size} distinct Message-IDs`);
  }
  const delivered = new Set(mails.map((mail) => mail.messageId));
  for (const row of outbox) {
    if (row.status !== "SENT") problems.push(`outbox ${row.id}: ${row.status}`);
    if (!delivered.has(`<${row.id}@${host}>`)) problems.push(`outbox ${row.id}: not in the sink`);
  }
  return problems.slice(0, 20);
}
