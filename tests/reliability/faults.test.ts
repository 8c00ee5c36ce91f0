import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink-server";
import { stateDir } from "../support/state-dir";
import {
  answerProblems,
  mailProblems,
  OUTBOX_ROWS,
  storageProblems,
  STORED_QUESTIONS,
  waitForSink,
  type Query,
  type StoredQuestion,
} from "./support/checks";
import { killInstance, startInstance, stopInstance, type Instance } from "./support/instances";
import { embeddedQuery, freshPostgres } from "./support/databases";
import { askAll, makeQuestions, roundRobin } from "./support/questions";

// Faults a production run meets: double clicks before any cookie, an instance killed (SIGKILL)
// mid-way, the mail server gone for 20 seconds. Needs the production build (`npm run test:e2e`
// builds it; `npm test` runs this after it). With DATABASE_URL (CI always sets it): two instances on
// a fresh PostgreSQL database beside it. Without: one instance on a fresh embedded database folder,
// killed and restarted on the same folder (two processes cannot share one folder).

const BASE_PORT = Number(process.env.RELIABILITY_PORT ?? 3300); // instances: +0, +1; SMTP: +2
const POSTGRES = process.env.DATABASE_URL;
const COUNT = Number(process.env.RELIABILITY_QUESTIONS ?? (POSTGRES ? 300 : 100));
const SMTP_OUTAGE_MS = 20_000;
const MAIL_DIR = path.resolve(stateDir("reliability-mail"));
const DATA_DIR = path.resolve(stateDir("reliability-pglite"));
const PUBLIC_BASE_URL = `http://127.0.0.1:${BASE_PORT}`;

const instances: Instance[] = [];
let sink: SmtpSink | undefined;

afterAll(async () => {
  await Promise.all(instances.map(stopInstance));
  await sink?.stop();
});

function serverEnv(database: Record<string, string>): Record<string, string> {
  return {
    ...database,
    PUBLIC_BASE_URL,
    SMTP_URL: `smtp://127.0.0.1:${BASE_PORT + 2}`,
    NEXTAUTH_SECRET: "reliability-only-secret-0123456789abcdef0123456789",
  };
}

describe(
  POSTGRES
    ? "reliability: two instances on one PostgreSQL (DATABASE_URL set), one SIGKILLed, SMTP down 20 s"
    : "reliability: one instance on the embedded database, SIGKILLed and restarted, SMTP down 20 s (DATABASE_URL unset)",
  () => {
    it(`stores every acknowledged question once, gap-free, and delivers each mail with one Message-ID`, async () => {
      expect(existsSync(".next/BUILD_ID"), "needs the production build: npm run build").toBe(true);
      await rm(MAIL_DIR, { recursive: true, force: true });
      sink = await startSmtpSink(BASE_PORT + 2, MAIL_DIR);
      let query: Query;
      let restart: () => Promise<void>;
      if (POSTGRES) {
        const database = await freshPostgres(POSTGRES, "reliability");
        query = database.query;
        const env = serverEnv({ DATABASE_URL: database.url });
        instances.push(await startInstance(BASE_PORT, env)); // migrates first
        instances.push(await startInstance(BASE_PORT + 1, env));
        restart = async () => {}; // the other instance carries on alone
      } else {
        await rm(DATA_DIR, { recursive: true, force: true });
        const env = serverEnv({ DATABASE_URL: "", LOTSEN_DATA_DIR: DATA_DIR });
        instances.push(await startInstance(BASE_PORT, env));
        query = embeddedQuery(DATA_DIR); // opened only after the server has stopped
        restart = async () => {
          instances.push(await startInstance(BASE_PORT, env));
        };
      }

      const questions = makeQuestions(`${Date.now()}`, COUNT, 10);
      let smtpBack: Promise<void> = Promise.resolve();
      let killed: Promise<void> = Promise.resolve();
      const outcomes = await askAll(questions, {
        concurrency: POSTGRES ? 40 : 8,
        pick: roundRobin(instances),
        origin: PUBLIC_BASE_URL,
        onAnswered(count) {
          if (count === Math.floor(COUNT * 0.2)) {
            smtpBack = sink!
              .stop()
              .then(() => new Promise((resolve) => setTimeout(resolve, SMTP_OUTAGE_MS)))
              .then(() => sink!.start());
          }
          if (count === Math.floor(COUNT * 0.45)) killed = killInstance(instances[0]!).then(restart);
        },
      });
      await Promise.all([smtpBack, killed]);
      expect(answerProblems(outcomes)).toEqual([]);
      expect(outcomes.some((outcome) => outcome.connectionFailures > 0)).toBe(true); // the kill was felt

      // Two mails per question (receipt and the lotsen group's notice); taken-over claims wait 30 s.
      const mails = await waitForSink(MAIL_DIR, COUNT * 2, 150_000);
      if (!POSTGRES) await Promise.all(instances.map(stopInstance));
      const stored = await query<StoredQuestion>(STORED_QUESTIONS);
      expect(storageProblems(outcomes, stored)).toEqual([]);
      expect(stored.filter((row) => row.status !== "DRAFT")).toHaveLength(COUNT);
      const outbox = await query<{ id: string; status: string }>(OUTBOX_ROWS);
      expect(outbox).toHaveLength(COUNT * 2);
      expect(mailProblems(outcomes, mails, outbox, "127.0.0.1")).toEqual([]);
      // What the faults did, for whoever reads the log: posts re-sent after the kill, mails sent twice.
      console.info(
        JSON.stringify({
          questions: COUNT,
          doublePosts: outcomes.filter((outcome) => outcome.question.double).length,
          postsLostToTheKill: outcomes.reduce((sum, outcome) => sum + outcome.connectionFailures, 0),
          mailsReceived: mails.length,
          mailsReceivedTwice: mails.length - new Set(mails.map((mail) => mail.messageId)).size,
        }),
      );
    });
  },
);
