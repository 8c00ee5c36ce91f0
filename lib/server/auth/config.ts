import "server-only";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "../env";
import { cookieOptions, hostCookieName, secureCookies } from "../http/cookies";
import { logger } from "../log";

export { cookieOptions, secureCookies };

// Settings shared by next-auth and by the routes that sign staff in and out without it.

// Fixed, so sessions survive restarts of `next dev`. Never used in production.
const DEVELOPMENT_SECRET = "lotsen-development-secret-do-not-use-in-production";

// On globalThis: Next.js loads this module once per bundle (pages, each route), and they must all
// agree on the secret, or a cookie made by one could not be read by another.
const FALLBACK = Symbol.for("lotsen.auth.fallback-secret");
type Holder = { [FALLBACK]?: string };

/**
 * The secret that encrypts session cookies and signs next-auth's CSRF and OAuth state cookies and
 * the set-password links. Production on PostgreSQL needs NEXTAUTH_SECRET. On an embedded data folder
 * without it, a random secret is kept in a file beside the folder, so that the server and the
 * commands run on the same folder (`npm run admin:create`) agree and sessions survive a restart.
 */
export function authSecret(): string {
  const { NEXTAUTH_SECRET, NODE_ENV, DATABASE_URL } = env();
  if (NEXTAUTH_SECRET) return NEXTAUTH_SECRET;
  if (NODE_ENV === "production" && DATABASE_URL) {
    throw new Error("NEXTAUTH_SECRET is required in production (staff sign-in is unavailable without it)");
  }
  const holder = globalThis as Holder;
  if (!holder[FALLBACK]) {
    const stored = embeddedFolderSecret();
    holder[FALLBACK] =
      stored ?? (NODE_ENV === "production" ? randomBytes(32).toString("hex") : DEVELOPMENT_SECRET);
    logger.warn(
      {
        fallback: stored
          ? "kept beside the embedded data folder"
          : NODE_ENV === "production"
            ? "random per process"
            : "fixed development secret",
      },
      "NEXTAUTH_SECRET is not set: staff sessions use a fallback secret",
    );
  }
  return holder[FALLBACK];
}

/** The secret file of the embedded data folder (created once, readable by its owner only), or null. */
function embeddedFolderSecret(): string | null {
  const { DATABASE_URL, LOTSEN_DATA_DIR } = env();
  if (DATABASE_URL || LOTSEN_DATA_DIR.startsWith("memory://")) return null;
  const file = `${path.resolve(LOTSEN_DATA_DIR)}.secret`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    // "wx": of two processes starting at once, one writes and the other reads what it wrote.
    writeFileSync(file, randomBytes(32).toString("hex"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") return null;
  }
  const secret = readFileSync(file, "utf8").trim();
  return secret.length >= 32 ? secret : null;
}

/** next-auth's own cookie names, so that its routes and ours read and write the same cookies. */
export function cookieNames() {
  return {
    session: hostCookieName("next-auth.session-token"),
    csrf: hostCookieName("next-auth.csrf-token"),
  };
}

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  name: string;
}

/** The OpenID Connect provider, or null when OIDC_ISSUER is not set. */
export function oidcSettings(): OidcSettings | null {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_NAME } = env();
  if (!OIDC_ISSUER || !OIDC_CLIENT_ID || !OIDC_CLIENT_SECRET) return null;
  return {
    issuer: OIDC_ISSUER.replace(/\/+$/, ""),
    clientId: OIDC_CLIENT_ID,
    clientSecret: OIDC_CLIENT_SECRET,
    name: OIDC_NAME,
  };
}

/**
 * next-auth v4 builds its callback and redirect URLs from NEXTAUTH_URL and reads nothing else, so the
 * portal's one public address is handed to it here rather than configured twice.
 */
export function setNextAuthUrl(): void {
  process.env.NEXTAUTH_URL = env().PUBLIC_BASE_URL;
}
