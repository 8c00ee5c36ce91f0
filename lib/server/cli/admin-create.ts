// `npm run admin:create -- someone@kommun.se [--name "Förnamn Efternamn"] [--locale en]`
// Creates an administrator (or re-invites an existing one) and prints a one-time set-password link;
// with SMTP_URL set the link is also mailed, delivered before the command ends. Runs against
// DATABASE_URL, or the embedded data folder (LOTSEN_DATA_DIR), which the server must not have open.
import { parseArgs } from "node:util";

// A production command: the server it prepares a link for runs as production, and the link is
// signed with the same secret (lib/server/auth/config.ts). Set before the app's modules load.
const runtime: Record<string, string | undefined> = process.env;
runtime.NODE_ENV ??= "production";
runtime.LOG_LEVEL ??= "error";

const USAGE = 'Usage: npm run admin:create -- <email> [--name "Full Name"] [--locale sv|en]';

const MESSAGES = {
  emailInvalid: "That is not a valid email address.",
  nameInvalid: "The name must be 1 to 200 characters.",
  demoAccount: "That address belongs to a demo account, which cannot become an administrator.",
  disabled: "That account is disabled. An administrator can enable it under Administration > Users.",
} as const;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: { name: { type: "string" }, locale: { type: "string", default: "sv" } },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const [email, ...extra] = args.positionals;
  const locale = args.values.locale;
  if (!email || extra.length || (locale !== "sv" && locale !== "en")) {
    console.error(USAGE);
    return 2;
  }

  const { env } = await import("../env");
  const { authSecret } = await import("../auth/config");
  const { getDb, getDbKind } = await import("../db/client");
  const { createAdministrator } = await import("../staff/create-administrator");
  const { deliverNow } = await import("./deliver-now");
  const { SMTP_URL, LOTSEN_DATA_DIR } = env();
  try {
    authSecret(); // the link is signed with it: fail before anything is written
  } catch {
    console.error("Set NEXTAUTH_SECRET to the value the servers use: the link is signed with it.");
    return 1;
  }
  const db = await getDb();
  try {
    if ((await getDbKind()) === "embedded") {
      console.log(`Embedded database in ${LOTSEN_DATA_DIR} (the server must be stopped while this runs).`);
    }
    const result = await createAdministrator(db, { email, name: args.values.name, locale, mail: !!SMTP_URL });
    if (!result.ok) {
      console.error(MESSAGES[result.code]);
      return 1;
    }
    console.log(
      result.created
        ? "Administrator created."
        : "The account exists: it is an administrator with a new link.",
    );
    console.log(
      `Open this link to choose a password. It works once and expires ${result.expiresAt.toISOString()}:`,
    );
    console.log(result.link);
    if (result.mailId && SMTP_URL) {
      const sent = await deliverNow(db, SMTP_URL, result.mailId);
      console.log(
        sent
          ? "The link was also mailed to the address."
          : "The mail could not be sent now; it waits in the outbox and the server sends it later.",
      );
    }
    return 0;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // The message only: a stack trace helps nobody running a command, and the input is an address.
    console.error(`admin:create failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
