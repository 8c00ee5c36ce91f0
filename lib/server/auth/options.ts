import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { NextAuthOptions, Session } from "next-auth";
import NextAuth from "next-auth";
import { decode, encode, type JWT } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { cookies } from "next/headers";
import { NextRequest } from "next/server";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { withRequestContext } from "../audit/context";
import { getDb } from "../db/client";
import { env } from "../env";
import { logger } from "../log";
import { clientIp } from "../rate-limit";
import { requestIdFrom } from "../request-id";
import {
  authSecret,
  cookieNames,
  cookieOptions,
  oidcSettings,
  secureCookies,
  setNextAuthUrl,
} from "./config";
import { signInWithOidc, staffUserByOidcBinding } from "./oidc-account";
import { signInWithPassword } from "./sign-in";
import { stepAfterPassword } from "./second-factor";
import {
  revokeSession,
  sessionLimits,
  startStaffSession,
  validateStaffSession,
  type SignInMethod,
  type StaffIdentity,
} from "./staff-sessions";

// next-auth v4 with JWT sessions made revocable: the JWT names a staff_session row (sid) and its user
// (sub), nothing else, and every read of the session checks that row (staff-sessions.ts).

/** The sign-in page's path in Swedish; English is under /en (see session.ts, loginPath). */
export const SIGN_IN_PAGE = "/staff/login";

export interface StaffToken {
  sub: string;
  sid: string;
}

/** Thrown by the jwt callback for a session that has ended; next-auth then clears the cookie. */
class SessionEnded extends Error {
  name = "SessionEnded";
  constructor(readonly verdict: string) {
    super(`staff session ended: ${verdict}`);
  }
}

const isStaffToken = (token: unknown): token is StaffToken =>
  !!token && typeof (token as StaffToken).sub === "string" && typeof (token as StaffToken).sid === "string";

// The jwt callback validates and the session callback, called next with the very same token object,
// shapes the result: this hands the validated identity across without putting it into the cookie.
const validated = new WeakMap<object, StaffIdentity>();

async function newSessionToken(userId: string, method: SignInMethod): Promise<StaffToken> {
  const sid = await startStaffSession(await getDb(), userId, method);
  return { sub: userId, sid };
}

function oidcProvider(): OAuthConfig<Record<string, unknown>> | null {
  const oidc = oidcSettings();
  if (!oidc) return null;
  return {
    id: "oidc",
    name: oidc.name,
    type: "oauth",
    wellKnown: `${oidc.issuer}/.well-known/openid-configuration`,
    clientId: oidc.clientId,
    clientSecret: oidc.clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    // PKCE binds the code to this browser's verifier, state the answer to this browser's request, and
    // the nonce the ID token to this sign-in (all three live in next-auth's encrypted cookies).
    checks: ["pkce", "state", "nonce"],
    // Only what the mapping to a staff user needs; the identity provider's other claims stay out.
    profile: (claims) => ({
      id: String(claims.sub),
      email: typeof claims.email === "string" ? claims.email : null,
      email_verified: claims.email_verified,
    }),
  };
}

function buildOptions(): NextAuthOptions {
  setNextAuthUrl();
  const maxAge = Math.ceil(sessionLimits().absoluteMs / 1000);
  const names = cookieNames();
  const oidc = oidcProvider();
  return {
    secret: authSecret(),
    useSecureCookies: secureCookies(),
    cookies: {
      sessionToken: { name: names.session, options: cookieOptions() },
      csrfToken: { name: names.csrf, options: cookieOptions() },
    },
    // The cookie cannot outlive the longest session; the row decides everything shorter.
    session: { strategy: "jwt", maxAge },
    jwt: { maxAge },
    pages: { signIn: SIGN_IN_PAGE, error: SIGN_IN_PAGE },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        // The same check as the form's own route (app/api/staff/login), for clients that use next-auth's.
        async authorize(credentials, req) {
          const result = await signInWithPassword(await getDb(), {
            email: credentials?.email ?? "",
            password: credentials?.password ?? "",
            ip: clientIp(new Headers(req.headers as Record<string, string>)),
          });
          // Only where no second factor is asked for: this path has no step for a code.
          if (!result.ok || (await stepAfterPassword(await getDb(), result.userId)) !== "session")
            return null;
          return { id: result.userId };
        },
      }),
      ...(oidc ? [oidc] : []),
    ],
    callbacks: {
      async signIn({ account, profile }) {
        if (account?.provider !== "oidc") return true;
        // profile holds the ID token's claims, which openid-client has checked (signature, iss, aud, nonce).
        const result = await signInWithOidc(
          await getDb(),
          oidcIssuer(),
          (profile ?? {}) as Record<string, unknown>,
        );
        if (result.ok) return true;
        return result.code === "unverified-email" ? `${SIGN_IN_PAGE}?error=OidcUnverified` : false;
      },
      async redirect({ url, baseUrl }) {
        // Same-site only; anything else goes to the staff area's start page.
        if (url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\")) return `${baseUrl}${url}`;
        try {
          if (new URL(url).origin === new URL(baseUrl).origin) return url;
        } catch {
          // not a URL
        }
        return `${baseUrl}/staff`;
      },
      async jwt({ token, account, user }) {
        if (account?.provider === "credentials" && user?.id)
          return { ...(await newSessionToken(user.id, "password")) };
        if (account?.provider === "oidc") {
          const match = await staffUserByOidcBinding(await getDb(), oidcIssuer(), account.providerAccountId);
          if (!match) throw new SessionEnded("refused");
          return { ...(await newSessionToken(match, "oidc")) };
        }
        if (!isStaffToken(token)) throw new SessionEnded("malformed");
        const result = await validateStaffSession(await getDb(), token.sid, token.sub);
        if (result.verdict !== "valid") throw new SessionEnded(result.verdict);
        // A fresh object with the two ids only: the re-issued cookie carries nothing else.
        const fresh: JWT = { sub: token.sub, sid: token.sid };
        validated.set(fresh, result.identity);
        return fresh;
      },
      async session({ session, token }) {
        const identity = token ? validated.get(token) : undefined;
        if (!identity) return { expires: session.expires } as Session;
        return { ...identity, expires: session.expires } as Session;
      },
    },
    events: {
      async signOut({ token }) {
        if (isStaffToken(token)) await revokeSession(await getDb(), token.sid);
      },
    },
    logger: {
      // next-auth's metadata can hold profiles and tokens: only the code and the error's message go out.
      error(code, metadata) {
        const err = metadata instanceof Error ? metadata : (metadata as { error?: unknown })?.error;
        // An ended session is routine (the cookie is cleared, the person signs in again), not an error.
        if (err instanceof Error && err.name === "SessionEnded") {
          logger.info(
            { event: "session-ended", reason: (err as SessionEnded).verdict },
            "staff session ended",
          );
          return;
        }
        logger.error({ code, err: err instanceof Error ? err.message : undefined }, "next-auth error");
      },
      warn(code) {
        logger.warn({ code }, "next-auth warning");
      },
      debug() {},
    },
  };
}

/** The issuer accounts are bound to: the configured one (openid-client checks the token's `iss` against it). */
const oidcIssuer = () => oidcSettings()?.issuer ?? "";

let cached: NextAuthOptions | undefined;

/** Built on first use, so that `next build` never needs the secret or the environment. */
export function authOptions(): NextAuthOptions {
  cached ??= buildOptions();
  return cached;
}

type RouteHandler = (
  request: NextRequest,
  context: { params: Promise<{ nextauth: string[] }> },
) => Promise<Response>;
let handler: RouteHandler | undefined;

/**
 * next-auth's route handler for app/api/auth/[...nextauth], built on first use. It runs with the
 * request's id, so the audit rows a sign-in writes (a binding, an email, roles from the claim) name
 * their request like those of every form post.
 */
export function authHandler(...args: Parameters<RouteHandler>): Promise<Response> {
  const run = (handler ??= NextAuth(authOptions()) as RouteHandler);
  return withRequestContext(requestIdFrom(args[0].headers), () => run(...args));
}

/** A session cookie for a session just started outside next-auth (the no-JavaScript form). */
export async function sessionCookie(userId: string, method: SignInMethod) {
  const token = await newSessionToken(userId, method);
  const maxAge = Math.ceil(sessionLimits().absoluteMs / 1000);
  const value = await encode({ token: { ...token }, secret: authSecret(), maxAge });
  return { name: cookieNames().session, value, options: { ...cookieOptions(), maxAge } };
}

/** The session named by a cookie value, without checking it (for signing out). */
export async function readSessionCookie(value: string | undefined): Promise<StaffToken | null> {
  if (!value) return null;
  try {
    const token = await decode({ token: value, secret: authSecret() });
    return isStaffToken(token) ? token : null;
  } catch {
    return null;
  }
}

/**
 * Starts OpenID Connect sign-in from a plain link. next-auth v4 starts it only from a POST that carries
 * its CSRF token, which a page without JavaScript cannot fetch; a form post that ends in a redirect to
 * another site is also blocked by the CSP's `form-action 'self'`. So this GET route makes the token and
 * its cookie the way next-auth does (sha256 of token and secret), then hands next-auth that POST.
 * Starting a sign-in is harmless to force: state and PKCE tie the answer to this browser.
 */
export async function startOidcSignIn(callbackPath: string): Promise<Response> {
  const csrfToken = randomBytes(32).toString("hex");
  const hash = createHash("sha256").update(`${csrfToken}${authSecret()}`).digest("hex");
  // In a route handler, cookies set here are what next-auth's own cookies() read sees next.
  (await cookies()).set(cookieNames().csrf, `${csrfToken}|${hash}`, cookieOptions());
  const request = new NextRequest(new URL("/api/auth/signin/oidc", env().PUBLIC_BASE_URL), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl: callbackPath }).toString(),
  });
  return authHandler(request, { params: Promise.resolve({ nextauth: ["signin", "oidc"] }) });
}
