// A real OpenID Connect provider for end-to-end tests (oidc-provider, with its development login and
// consent pages). A login name that is an email address signs in as that address; any other name as
// the person whose email is OIDC_TEST_EMAIL.
// Run: npx tsx tests/support/oidc-provider.ts
import Provider from "oidc-provider";

const port = Number(process.env.OIDC_TEST_PORT || 3101);
const issuer = `http://127.0.0.1:${port}`;
const email = process.env.OIDC_TEST_EMAIL || "lots@lotsen.example";

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
        return { sub: id, email: id.includes("@") ? id : email, email_verified: true, name: "Test Person" };
      },
    };
  },
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  // next-auth reads the person from the ID token (idToken: true), so the scope's claims go there too.
  conformIdTokenClaims: false,
  // Plain http on 127.0.0.1 and a fixed signing key are fine for a test run; the dev login and
  // consent pages stand in for a municipality's real identity provider.
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ["lotsen-e2e-oidc-cookie-key"] },
  pkce: { required: () => true },
});

provider.listen(port, "127.0.0.1", () => {
  console.log(`test OpenID Connect provider at ${issuer}`);
});
