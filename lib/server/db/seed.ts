import "server-only";
import { withDb, type Db } from "./client";
import { demoActors } from "./demo-cases";
import { seedDemoRequests } from "./demo-requests";
import { createStaffUser } from "./factories";
import { seedDemoPartnership } from "./follow-up-seed";
import { seedDemoMoney } from "./money-seed";
import { seedDemoPartnerReports } from "./partner-report-seed";
import { seedClosedCase } from "./records-seed";
import { seedRegister } from "./register-seed";
import { seedSigning } from "./signing-seed";

// Demo data, seeded only in demo mode (LOTSEN_DEMO, see client.ts). Every person and organisation in
// the demo's cases is invented (demo-answers.ts); the public register's starting content
// (register-seed.ts) is the collection of published partnerships described in docs/domain.md.

export const DEMO_STAFF = [
  { email: "lots@lotsen.example", password: "demo-lots-2026", name: "Maja Lindqvist", roles: ["LOTS"] },
  { email: "lots2@lotsen.example", password: "demo-lots-2026", name: "Erik Holm", roles: ["LOTS"] },
  {
    email: "jurist@lotsen.example",
    password: "demo-expert-2026",
    name: "Sara Nilsson",
    roles: ["EXPERT"],
    expertKind: "LAWYER",
  },
  {
    email: "upphandlare@lotsen.example",
    password: "demo-expert-2026",
    name: "Omar Haddad",
    roles: ["EXPERT"],
    expertKind: "PROCUREMENT",
  },
  {
    email: "kommundirektor@lotsen.example",
    password: "demo-director-2026",
    name: "Karin Berg",
    roles: ["DIRECTOR"],
  },
  {
    email: "utskott@lotsen.example",
    password: "demo-committee-2026",
    name: "Johan Ek",
    roles: ["COMMITTEE"],
  },
  { email: "admin@lotsen.example", password: "demo-admin-2026", name: "Ingrid Sandberg", roles: ["ADMIN"] },
  {
    email: "dataskydd@lotsen.example",
    password: "demo-privacy-2026",
    name: "Lena Ström",
    roles: ["PRIVACY_OFFICER"],
  },
  {
    email: "registrator@lotsen.example",
    password: "demo-registrar-2026",
    name: "Oskar Lindqvist",
    roles: ["REGISTRAR"],
  },
] as const;

/**
 * Seeds an empty database once: returns false when it already holds staff accounts or requests, so
 * demo data never mixes with real data. The accounts are marked demo: they sign in only in demo mode.
 * Everything else is made by the verbs the forms call (demo-cases.ts), so each case has complete
 * answers and the timeline, documents and audit rows those verbs write.
 */
export async function seedDemoData(db: Db, now = new Date()): Promise<boolean> {
  if ((await db.staffUser.count()) > 0 || (await db.request.count()) > 0) return false;
  await seedDemoStaff(db);
  await withDb(db, async () => {
    const staff = await demoActors(db);
    await seedDemoRequests(db, staff, now);
    await seedRegister(db, now);
    await seedDemoPartnership(db, now);
    await seedDemoMoney(db, now);
    await seedSigning(db, now);
    await seedDemoPartnerReports(db, now);
    await seedClosedCase(db, staff, now);
  });
  // The verbs mailed receipts, notices and signing links as they went. The demo's people are
  // invented, but the lotsen mailbox is the installation's own: none of the demo's mail is sent.
  await db.outboxEmail.deleteMany({});
  return true;
}

/** The demo accounts that are not there yet (a test seeding one part of the demo needs them too). */
export async function seedDemoStaff(db: Db): Promise<void> {
  const existing = await db.staffUser.findMany({
    where: { email: { in: DEMO_STAFF.map((u) => u.email) } },
    select: { email: true },
  });
  const have = new Set(existing.map((u) => u.email));
  for (const user of DEMO_STAFF.filter((u) => !have.has(u.email)))
    await createStaffUser(db, { ...user, roles: [...user.roles], demo: true });
}
