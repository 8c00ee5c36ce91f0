import "server-only";
import type { Db } from "./client";
import { createSentRequest, createStaffUser } from "./factories";
import { seedDemoPartnership } from "./follow-up-seed";
import { seedRegister } from "./register-seed";

// Demo data for the embedded database's first start. Every person here is invented; the
// organisations are real ones named in the municipality's public pages (shared/seeds), with
// made-up organisation numbers and contacts.

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
] as const;

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);

/** Seeds once: returns false when staff users already exist. */
export async function seedDemoData(db: Db): Promise<boolean> {
  if ((await db.staffUser.count()) > 0) return false;
  for (const user of DEMO_STAFF) await createStaffUser(db, { ...user, roles: [...user.roles] });

  await createSentRequest(db, {
    step: "RECEIVED",
    receivedAt: daysAgo(2),
    organisation: { name: "Hej främling", orgNumber: "802412-3450", form: "ASSOCIATION" },
    contact: { name: "Amina Yusuf", email: "amina@hejframling.example", phone: "070-000 00 01" },
    subject: "Läxhjälp och matchning mot praktikplatser för nyanlända",
    themes: ["INTEGRATION", "LABOUR_MARKET"],
    answers: { idea: { what: "Läxhjälp två kvällar i veckan och stöd vid matchning mot praktik." } },
  });
  await createSentRequest(db, {
    step: "REVIEWED",
    receivedAt: daysAgo(16),
    organisation: { name: "Erikshjälpen Second Hand", orgNumber: "802456-7896", form: "FOUNDATION" },
    contact: { name: "Per Dahl", email: "per@erikshjalpen.example" },
    subject: "Arbetsträning i second hand-butik för 25 deltagare",
    themes: ["LABOUR_MARKET"],
  });
  await createSentRequest(db, {
    step: "PRESENTED",
    receivedAt: daysAgo(40),
    organisation: { name: "Nattvandring.nu", orgNumber: "802501-2348", form: "FOUNDATION" },
    contact: { name: "Lisa Öberg", email: "lisa@nattvandring.example" },
    subject: "Fler vuxna som nattvandrar i centrum och på landsbygden",
    themes: ["YOUTH_EMPLOYMENT", "RURAL_ACTIVITIES"],
  });
  await createSentRequest(db, {
    kind: "QUESTION",
    receivedAt: daysAgo(1),
    organisation: { name: "Folkets Hus Sörby", orgNumber: "802498-7656", form: "ASSOCIATION" },
    contact: { name: "Nils Åkesson", email: "nils@folketshus.example" },
    subject: "Kan en förening söka IOP och föreningsbidrag samtidigt?",
    themes: ["OTHER"],
  });
  await seedRegister(db);
  await seedDemoPartnership(db);
  return true;
}
