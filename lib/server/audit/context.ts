import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

// The HTTP request id of the post being handled, so an audit row written deep inside a verb can name
// the request that caused it without every verb passing it along. Set by lib/server/http/form-route.ts.
const storage = new AsyncLocalStorage<{ requestId: string }>();

export function withRequestContext<T>(requestId: string, run: () => Promise<T>): Promise<T> {
  return storage.run({ requestId }, run);
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
