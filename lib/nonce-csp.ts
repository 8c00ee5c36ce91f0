import { NextRequest } from "next/server";
import { contentSecurityPolicy } from "./security-headers";
import { isStaticPage } from "./static-pages";

/** The request header that carries the nonce to server components that render inline tags. */
export const NONCE_HEADER = "x-nonce";

function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Runs the rest of the proxy with a fresh nonce policy. Next.js reads the nonce from the request's
 * Content-Security-Policy header and puts it on its own scripts; the browser gets the same policy
 * on the response. Prerendered pages keep next.config.ts' static policy: their HTML has no nonce.
 */
export function withNonceCsp<R extends Response>(request: NextRequest, next: (request: NextRequest) => R): R {
  if (isStaticPage(request.nextUrl.pathname)) return next(request);
  const nonce = newNonce();
  const policy = contentSecurityPolicy("nonce", nonce);
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  headers.set(NONCE_HEADER, nonce);
  const response = next(new NextRequest(request, { headers }));
  response.headers.set("Content-Security-Policy", policy);
  return response;
}
