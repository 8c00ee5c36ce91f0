import "server-only";
import { cookies } from "next/headers";
import { parseIdentifier, type Identifier } from "@/lib/domain/privacy";
import { cookieOptions } from "../http/cookies";

// The identifier of the extract on screen rides in a short-lived http-only cookie: never in an
// address (which ends up in logs and browser history) and never stored in the database. The page
// and the downloads read it from here; a new search replaces it, and it expires on its own.

const NAME = "lotsen_privacy_extract";
const MAX_AGE = 30 * 60;

export async function rememberExtract(identifier: Identifier): Promise<void> {
  (await cookies()).set(NAME, JSON.stringify(identifier), cookieOptions(MAX_AGE));
}

export async function currentExtract(): Promise<Identifier | null> {
  const raw = (await cookies()).get(NAME)?.value;
  if (!raw) return null;
  try {
    const { kind, value } = JSON.parse(raw) as { kind?: unknown; value?: unknown };
    if (typeof kind !== "string" || typeof value !== "string") return null;
    const parsed = parseIdentifier(kind, value);
    return parsed.ok ? parsed.identifier : null;
  } catch {
    return null;
  }
}

export async function forgetExtract(): Promise<void> {
  (await cookies()).delete(NAME);
}
