import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

// A real webhook receiver on 127.0.0.1 that checks what a diarium would: the signature over
// "<t>.<body>" with its secret, the timestamp within five minutes of its own clock, and repeats by
// event id. Written independently of lib/domain/webhook-signature.ts, as a receiver would be (the
// README shows the same check). `mode` makes it answer 500; `stop()` makes connections fail.

export interface ReceivedEvent {
  eventId: string;
  eventType: string;
  timestamp: number;
  body: string;
  json: { id: string; type: string; occurredAt: string; data: Record<string, unknown> };
}

export interface WebhookReceiver {
  url: string;
  /** Accepted events, first copy of each event id only. */
  events: ReceivedEvent[];
  /** Requests refused for a bad or stale signature. */
  refused: { reason: string }[];
  /** Event ids seen again after they were accepted. */
  repeats: string[];
  mode: "ok" | "error";
  secret: string;
  /** The receiver's clock, unix seconds (tests move it with the worker's). */
  clock: () => number;
  delayMs: number;
  stop(): Promise<void>;
  start(): Promise<void>;
}

const WINDOW_SECONDS = 300;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function check(header: string, body: string, secret: string, now: number): string | null {
  const parts = Object.fromEntries(header.split(",").map((p) => p.split("=", 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || !parts.v1) return "malformed";
  const expected = createHmac("sha256", secret).update(`${t}.${body}`).digest();
  const given = Buffer.from(parts.v1, "hex");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return "signature";
  if (Math.abs(now - t) > WINDOW_SECONDS) return "stale";
  return null;
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  let server: Server | null = null;
  let port = 0;
  const receiver: WebhookReceiver = {
    url: "",
    events: [],
    refused: [],
    repeats: [],
    mode: "ok",
    secret: "",
    clock: () => Math.floor(Date.now() / 1000),
    delayMs: 0,
    async start() {
      server = createServer((req, res) => {
        void (async () => {
          const body = await readBody(req);
          if (receiver.delayMs) await new Promise((r) => setTimeout(r, receiver.delayMs));
          if (receiver.mode === "error") return res.writeHead(500).end("down for maintenance");
          const reason = check(
            String(req.headers["lotsen-signature"] ?? ""),
            body,
            receiver.secret,
            receiver.clock(),
          );
          if (reason) {
            receiver.refused.push({ reason });
            return res.writeHead(401).end();
          }
          const eventId = String(req.headers["lotsen-event-id"]);
          if (receiver.events.some((e) => e.eventId === eventId)) receiver.repeats.push(eventId);
          else
            receiver.events.push({
              eventId,
              eventType: String(req.headers["lotsen-event-type"]),
              timestamp: Number(/t=(\d+)/.exec(String(req.headers["lotsen-signature"]))?.[1]),
              body,
              json: JSON.parse(body) as ReceivedEvent["json"],
            });
          res.writeHead(204).end();
        })();
      });
      await new Promise<void>((resolve) => server!.listen(port, "127.0.0.1", resolve));
      port = (server!.address() as AddressInfo).port;
      receiver.url = `http://127.0.0.1:${port}/lotsen/events`;
    },
    async stop() {
      const s = server;
      server = null;
      if (!s) return;
      s.closeAllConnections();
      await new Promise<void>((resolve) => s.close(() => resolve()));
    },
  };
  await receiver.start();
  return receiver;
}
