import "server-only";
import { randomBytes } from "node:crypto";
import { seal } from "../auth/secret-box";

// An endpoint's signing secret: random, shown to the administrator once, kept sealed and bound to
// the endpoint (a sealed value copied onto another endpoint does not open).

export const endpointSecretBinding = (endpointId: string) => `webhook-endpoint:${endpointId}`;

export function newEndpointSecret(endpointId: string): { secret: string; sealed: string } {
  const secret = `whsec_${randomBytes(32).toString("base64url")}`;
  return { secret, sealed: seal(Buffer.from(secret, "utf8"), endpointSecretBinding(endpointId)) };
}
