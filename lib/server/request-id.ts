import "server-only";
import { randomUUID } from "node:crypto";

// Accept an id from the load balancer when it looks like one; otherwise make our own.
const SAFE_ID = /^[A-Za-z0-9._-]{8,100}$/;

export function requestIdFrom(headers: Headers): string {
  const incoming = headers.get("x-request-id");
  return incoming && SAFE_ID.test(incoming) ? incoming : randomUUID();
}
