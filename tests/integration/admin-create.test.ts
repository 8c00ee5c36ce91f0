import type { AddressInfo } from "node:net";
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/server/db/client";
import { uniqueEmail } from "../factories";
import { useFreshDatabase } from "../support/fresh-database";

// `npm run admin:create` as an operator runs it: a separate process on the same database (a fresh
// PostgreSQL database, or an embedded data folder on disk that this process opens only afterwards,
// as the server would), with a real mail server. The printed link must then work once, here.
const run = promisify(execFile);
// Any free port: CI runs this file on both databases, sometimes at the same time.
let smtpPort = 0;
const EMAIL = uniqueEmail("first-admin");
const PASSWORD = "en lång och ovanlig fras för admin";
const mails: { to: string[]; text: string }[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, session, callback) {
    simpleParser(stream).then((mail) => {
      mails.push({ to: session.envelope.rcptTo.map((a) => a.address), text: mail.text ?? "" });
      callback();
    }, callback);
  },
});

let fresh: Awaited<ReturnType<typeof useFreshDatabase>>;
let folder = "";
let db: Db;
const outputs: string[] = [];
const tokenIn = (output: string) =>
  new URL(/https?:\/\/\S+set-password\?token=\S+/.exec(output)![0]).searchParams.get("token")!;

async function adminCreate(...args: string[]): Promise<string> {
  // As from a shell, without vitest's NODE_ENV: the command then runs as production.
  const childEnv: Record<string, string | undefined> = {
    ...process.env,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
  };
  delete childEnv.NODE_ENV;
  const { stdout } = await run(
    process.execPath,
    [
      "--import",
      "tsx",
      "--import",
      "./lib/server/cli/node-hooks.mjs",
      "lib/server/cli/admin-create.ts",
      ...args,
    ],
    { env: childEnv as NodeJS.ProcessEnv, timeout: 170_000 },
  );
  return stdout;
}

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
  // The command and this process must sign with the same secret: on PostgreSQL NEXTAUTH_SECRET, on
  // an embedded folder the secret file the first of them creates beside it.
  if (process.env.DATABASE_URL) process.env.NEXTAUTH_SECRET = "admin-create-test-secret-0123456789abcdef";
  else {
    folder = await mkdtemp(path.join(tmpdir(), "lotsen-admin-create-"));
    process.env.LOTSEN_DATA_DIR = path.join(folder, "pglite");
  }
  fresh = await useFreshDatabase("admin_create");
  outputs.push(await adminCreate(EMAIL, "--name", "Ada Förstberg"));
  outputs.push(await adminCreate(EMAIL.toUpperCase()));
  db = await (await import("@/lib/server/db/client")).getDb();
}, 400_000);

afterAll(async () => {
  await db?.$disconnect();
  await fresh.drop();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe("npm run admin:create", () => {
  it("creates one administrator without a password, audited as done by the system", async () => {
    expect(outputs[0]).toContain("Administrator created.");
    expect(outputs[1]).toContain("it is an administrator with a new link");
    const user = await db.staffUser.findUniqueOrThrow({ where: { email: EMAIL } });
    expect(user).toMatchObject({ name: "Ada Förstberg", roles: ["ADMIN"], passwordHash: null, demo: false });
    const audit = await db.auditEvent.findMany({
      where: { entityId: user.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => [a.actorType, a.entity, a.action])).toEqual([
      ["SYSTEM", "staff_user", "administrator_created"],
      ["SYSTEM", "staff_user", "administrator_reinvited"],
    ]);
  });

  it("mails the printed link at once", async () => {
    expect(outputs.every((o) => o.includes("The link was also mailed"))).toBe(true);
    const ours = mails.filter((m) => m.to.includes(EMAIL));
    expect(ours).toHaveLength(2);
    expect(ours[1]!.text).toContain(tokenIn(outputs[1]!));
  });

  it("gives a link that sets the password once, after which the administrator signs in", async () => {
    const { setPasswordWithToken, verifyInvitationToken } = await import("@/lib/server/staff/admin-users");
    const { signInWithPassword } = await import("@/lib/server/auth/sign-in");
    const [first, latest] = outputs.map(tokenIn);
    // The second run voided the first link; the latest one expires after a week.
    expect(await setPasswordWithToken(first!, PASSWORD, new Date(), db)).toEqual({
      ok: false,
      code: "invalidToken",
    });
    expect(await verifyInvitationToken(latest!, new Date(Date.now() + 8 * 86_400_000), db)).toBeNull();
    const set = await setPasswordWithToken(latest!, PASSWORD, new Date(), db);
    expect(set.ok).toBe(true);
    expect(await setPasswordWithToken(latest!, "ett annat långt lösenord", new Date(), db)).toEqual({
      ok: false,
      code: "invalidToken",
    });
    const signedIn = await signInWithPassword(db, { email: EMAIL, password: PASSWORD, ip: "192.0.2.9" });
    expect(signedIn).toEqual({ ok: true, userId: set.ok ? set.userId : "" });
  });

  it("never makes a demo account an administrator", async () => {
    const { createStaffUser } = await import("@/lib/server/db/factories");
    const { createAdministrator } = await import("@/lib/server/staff/create-administrator");
    const email = uniqueEmail("demo");
    await createStaffUser(db, {
      email,
      name: "Demo",
      password: "demo-lots-2026",
      roles: ["LOTS"],
      demo: true,
    });
    expect(await createAdministrator(db, { email, locale: "sv", mail: false })).toEqual({
      ok: false,
      code: "demoAccount",
    });
    expect(await createAdministrator(db, { email: "inte en adress", locale: "sv", mail: false })).toEqual({
      ok: false,
      code: "emailInvalid",
    });
  });
});
