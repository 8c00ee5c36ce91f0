// A real OpenID Connect provider for end-to-end tests (oidc-provider, with its development login and
// consent pages). The name typed at its login prompt is the account id and the `sub`. Tests describe
// accounts through a test-only endpoint, PUT /test/users/<id> with JSON { email, email_verified,
// groups }, and may change them between sign-ins (an email that changes at the provider). An account
// never described signs in as itself when its name is an email address, else as OIDC_TEST_EMAIL.
// GET /test/last-authorization tells what the last authorization request carried (PKCE, nonce, state).
// Run: npx tsx tests/support/oidc-provider.ts
import Provider from "oidc-provider";

const port = Number(process.env.OIDC_TEST_PORT || 3101);
const issuer = `http://127.0.0.1:${port}`;
const email = process.env.OIDC_TEST_EMAIL || "lots@lotsen.example";

interface TestUser {
  email?: string;
  email_verified?: unknown;
  groups?: string[];
}
const users = new Map<string, TestUser>();
let lastAuthorization: Record<string, unknown> = {};

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: process.env.OIDC_TEST_CLIENT_ID || "lotsen-e2e",
      client_secret: process.env.OIDC_TEST_CLIENT_SECRET || "lotsen-e2e-secret-not-for-production",
      redirect_uris: [process.env.OIDC_TEST_REDIRECT_URI || "http://127.0.0.1:3100/api/auth/callback/oidc"],
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  async findAccount(_ctx: unknown, id: string) {
    return {
      accountId: id,
      async claims() {
        const user = users.get(id);
        if (!user)
          return { sub: id, email: id.includes("@") ? id : email, email_verified: true, name: "Test Person" };
        return { sub: id, name: "Test Person", ...user };
      },
    };
  },
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "groups"] },
  // next-auth reads the person from the ID token (idToken: true), so the scope's claims go there too.
  conformIdTokenClaims: false,
  // Plain http on 127.0.0.1 and a fixed signing key are fine for a test run; the dev login and
  // consent pages stand in for a municipality's real identity provider.
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ["lotsen-e2e-oidc-cookie-key"] },
  pkce: { required: () => true },
});

type Ctx = {
  method: string;
  path: string;
  query: Record<string, unknown>;
  req: AsyncIterable<Buffer>;
  status: number;
  body: unknown;
};

provider.use(async (ctx: Ctx, next: () => Promise<void>) => {
  if (ctx.method === "GET" && ctx.path === "/auth") {
    const q = ctx.query;
    lastAuthorization = {
      code_challenge: typeof q.code_challenge === "string" && q.code_challenge.length >= 43,
      code_challenge_method: q.code_challenge_method ?? null,
      nonce: typeof q.nonce === "string" && q.nonce.length > 0,
      state: typeof q.state === "string" && q.state.length > 0,
    };
  }
  const user = /^\/test\/users\/([^/]+)$/.exec(ctx.path);
  if (ctx.method === "PUT" && user?.[1]) {
    let body = "";
    for await (const chunk of ctx.req) body += chunk.toString();
    users.set(decodeURIComponent(user[1]), JSON.parse(body) as TestUser);
    ctx.status = 204;
    return;
  }
  if (ctx.method === "GET" && ctx.path === "/test/last-authorization") {
    ctx.body = lastAuthorization;
    return;
  }
  await next();
});

provider.listen(port, "127.0.0.1", () => {
  console.log(`test OpenID Connect provider at ${issuer}`);
});
