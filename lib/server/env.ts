import "server-only";
import { z } from "zod";

// Every environment variable the server reads, validated once. Each is listed in .env.example
// and the README. Empty strings count as unset, so `FOO=` in a .env file means "use the default".
const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyAsUndefined, schema.optional());

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: optional(z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")),
  LOTSEN_DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default(".data/pglite")),
  /**
   * Demo mode: an empty database is filled with demo data at start, and demo accounts (whose
   * passwords are in the README) may sign in. Off by default; `npm run demo` turns it on.
   */
  LOTSEN_DEMO: z.preprocess(
    (v) => (v === "" || v === undefined ? undefined : ["1", "true", "yes"].includes(String(v).toLowerCase())),
    z.boolean().default(false),
  ),
  LOG_LEVEL: z.preprocess(
    emptyAsUndefined,
    z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  ),
  PUBLIC_BASE_URL: z.preprocess(emptyAsUndefined, z.url().default("http://localhost:3000")),
  REGISTRATION_PREFIX: z.preprocess(emptyAsUndefined, z.string().max(20).default("KS")),
  MUNICIPALITY_NAME: z.preprocess(emptyAsUndefined, z.string().max(100).default("Exempelstads kommun")),
  LOTSEN_MAILBOX: z.preprocess(emptyAsUndefined, z.email().default("lotsen@example.se")),
  MAIL_FROM: z.preprocess(emptyAsUndefined, z.string().default("Civilsamhälleslotsen <lotsen@example.se>")),
  SMTP_URL: optional(z.string().regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")),
  NEXTAUTH_SECRET: optional(z.string().min(32)),
  /** Proxies in front that append to X-Forwarded-For; 0: clients connect directly (README). */
  TRUSTED_PROXY_HOPS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(10).default(1)),
  /** Staff sessions end after this many minutes without a request, and this many hours after sign-in. */
  SESSION_IDLE_MINUTES: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(1440).default(30)),
  SESSION_MAX_HOURS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(168).default(10)),
  /** A status link stops working this many days after its case ended (withdrawn, decided, answered). */
  STATUS_LINK_DAYS_AFTER_END: z.preprocess(
    emptyAsUndefined,
    z.coerce.number().int().min(1).max(3650).default(90),
  ),
  /** OpenID Connect sign-in for staff: offered only when OIDC_ISSUER is set. */
  OIDC_ISSUER: optional(z.url()),
  OIDC_CLIENT_ID: optional(z.string().max(200)),
  OIDC_CLIENT_SECRET: optional(z.string().max(500)),
  OIDC_NAME: z.preprocess(emptyAsUndefined, z.string().max(60).default("Kommunens inloggning")),
  /** The ID token claim (e.g. "groups") whose values administrators map to roles in the settings. */
  OIDC_ROLE_CLAIM: optional(z.string().regex(/^[A-Za-z0-9_.:/-]{1,100}$/)),
  /** Who signs agreements (lib/server/signing/provider.ts); "simple" is the only one so far. */
  SIGNATURE_PROVIDER: z.preprocess(emptyAsUndefined, z.enum(["simple"]).default("simple")),
});

export type Env = z.infer<typeof schema>;

// Browsers keep Secure cookies over http:// only for these hosts (they count as secure contexts), so
// only they may serve production over plain HTTP: the README's local try-out and the e2e tests.
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Validates an environment (process.env by default); names and reasons only on failure. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = schema
    .refine((e) => !e.OIDC_ISSUER || (e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET), {
      path: ["OIDC_CLIENT_ID"],
      message: "OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are required when OIDC_ISSUER is set",
    })
    .refine(
      (e) =>
        e.NODE_ENV !== "production" ||
        e.PUBLIC_BASE_URL.startsWith("https://") ||
        LOOPBACK_HOSTS.has(new URL(e.PUBLIC_BASE_URL).hostname),
      {
        path: ["PUBLIC_BASE_URL"],
        message: "must be an https:// address in production (http:// only for localhost or 127.0.0.1)",
      },
    )
    .safeParse(source);
  if (!parsed.success) {
    // Names and reasons only: values may be secrets.
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv();
  return cached;
}
