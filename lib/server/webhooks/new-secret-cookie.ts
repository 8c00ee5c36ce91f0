import "server-only";
import { cookies } from "next/headers";
import { open, seal } from "../auth/secret-box";
import { cookieOptions, hostCookieName } from "../http/cookies";

// A new endpoint secret on its way to the one page that shows it: an encrypted, http-only cookie
// bound to the administrator (10 minutes; "I have saved the secret" clears it), so the secret never
// travels in an address and is never stored readable (as the recovery codes, browser-session.ts).

const NAME = () => hostCookieName("lotsen_webhook_secret");
const bound = (userId: string) => `webhook-secret:${userId}`;

export async function stashNewSecret(userId: string, endpointId: string, secret: string) {
  const value = seal(Buffer.from(JSON.stringify({ endpointId, secret })), bound(userId));
  (await cookies()).set(NAME(), value, cookieOptions(600));
}

export async function readNewSecret(userId: string): Promise<{ endpointId: string; secret: string } | null> {
  const value = (await cookies()).get(NAME())?.value;
  const plain = value ? open(value, bound(userId)) : null;
  if (!plain) return null;
  try {
    const parsed = JSON.parse(plain.toString()) as { endpointId: string; secret: string };
    return typeof parsed.endpointId === "string" && typeof parsed.secret === "string" ? parsed : null;
  } catch {
    return null;
  }
}

export async function clearNewSecret() {
  (await cookies()).set(NAME(), "", cookieOptions(0));
}
