import { randomUUID } from "node:crypto";
import type { Instance } from "./instances";

// Questions posted as browsers post the question form (/api/question): a form body with the page's
// idempotency key, no cookie, each from its own address (X-Forwarded-For) so the per-address rate
// limit never throttles the run. A post whose connection fails was not acknowledged; like a user
// pressing the button again, it is re-posted with the same key to an instance that is alive.

export interface Question {
  email: string;
  key: string;
  ip: string;
  /** Posted twice at once (a double click), one post to each of two instances when there are two. */
  double: boolean;
}

export interface PostAnswer {
  status: number;
  location: string | null;
  cookie: string | null;
}

export interface Outcome {
  question: Question;
  answers: PostAnswer[];
  connectionFailures: number;
}

export function makeQuestions(run: string, count: number, doubleEvery: number): Question[] {
  return Array.from({ length: count }, (_, i) => ({
    email: `q${i}-${run}@reliability.test`,
    key: randomUUID(),
    ip: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
    double: i % doubleEvery === 0,
  }));
}

export const isReceipt = (answer: PostAnswer) => answer.status === 303 && answer.location === "/fraga/kvitto";

async function postOnce(question: Question, instance: Instance, origin: string): Promise<PostAnswer | null> {
  const body = new URLSearchParams({
    locale: "sv",
    idempotencyKey: question.key,
    name: "Tillförlitlig Testare",
    email: question.email,
    question: `Kan vi låna en lokal? (${question.key})`,
  });
  try {
    const response = await fetch(`${instance.url}/api/question`, {
      method: "POST",
      redirect: "manual",
      headers: { Origin: origin, "X-Forwarded-For": question.ip },
      body,
      signal: AbortSignal.timeout(60_000),
    });
    await response.arrayBuffer();
    // `__Host-lotsen_question` in production (lib/server/http/cookies.ts), `lotsen_question` otherwise.
    const cookie = response.headers.getSetCookie().find((c) => /^(__Host-)?lotsen_question=/.test(c));
    return {
      status: response.status,
      location: response.headers.get("location"),
      cookie: cookie?.split(";")[0] ?? null,
    };
  } catch {
    return null; // refused, reset or timed out: no answer reached the "browser"
  }
}

async function postUntilAnswered(
  question: Question,
  pick: () => Instance,
  origin: string,
  outcome: Outcome,
): Promise<void> {
  // Long enough for an instance to be restarted on its data folder.
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const answer = await postOnce(question, pick(), origin);
    if (answer) {
      outcome.answers.push(answer);
      return;
    }
    outcome.connectionFailures++;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Posts every question, `concurrency` at a time; `onAnswered` hears how many have been answered so far. */
export async function askAll(
  questions: Question[],
  opts: { concurrency: number; pick: () => Instance; origin: string; onAnswered?: (count: number) => void },
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let next = 0;
  const worker = async () => {
    while (next < questions.length) {
      const question = questions[next++]!;
      const outcome: Outcome = { question, answers: [], connectionFailures: 0 };
      const posts = question.double ? 2 : 1;
      await Promise.all(
        Array.from({ length: posts }, () => postUntilAnswered(question, opts.pick, opts.origin, outcome)),
      );
      outcomes.push(outcome);
      opts.onAnswered?.(outcomes.length);
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, worker));
  return outcomes;
}

/** Round robin over the instances still alive. */
export function roundRobin(instances: Instance[]): () => Instance {
  let turn = 0;
  return () => {
    const alive = instances.filter((instance) => instance.alive);
    const list = alive.length ? alive : instances; // all down for a moment: the post fails and is retried
    return list[turn++ % list.length]!;
  };
}
