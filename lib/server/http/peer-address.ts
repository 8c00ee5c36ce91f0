import "server-only";
import http from "node:http";

// The TCP peer's address for route handlers. Under `next start` a route handler sees headers only,
// and Next.js fills X-Forwarded-For from the socket only when the request has none
// (node_modules/next/dist/server/base-server.js: `req.headers['x-forwarded-for'] ??= …remoteAddress`),
// so a client that sends its own X-Forwarded-For hides the socket's address. instrumentation.ts
// installs this on start: every request to the process's HTTP server gets the socket's address in a
// header of our own, overwriting anything a client sent under that name. Requests that arrive while
// the server is still starting have no peer; they count as "unknown" when TRUSTED_PROXY_HOPS=0.

export const PEER_HEADER = "x-lotsen-peer-address";
const INSTALLED = Symbol.for("lotsen.peer-address-installed");
type Holder = { [INSTALLED]?: boolean };

export function installPeerAddress(): void {
  const holder = globalThis as Holder;
  if (holder[INSTALLED]) return;
  holder[INSTALLED] = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? "";
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}

/** The socket's address, or null when this process did not install the header (tests, other hosts). */
export function peerAddress(headers: Headers): string | null {
  if (!(globalThis as Holder)[INSTALLED]) return null;
  return headers.get(PEER_HEADER) || null;
}
