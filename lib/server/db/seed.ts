import "server-only";
import type { Db } from "./client";
import { buildCaseEvent } from "@/lib/domain/case-events";
import { IOP_CRITERIA } from "@/lib/domain/workflow-payloads";
import { fileStore } from "../files/store";
import { createSentRequest, createStaffUser } from "./factories";
import { seedDemoPartnership } from "./follow-up-seed";
import { seedDemoMoney } from "./money-seed";
import { seedDemoPartnerReports } from "./partner-report-seed";
import { seedRegister } from "./register-seed";
import { seedSigning } from "./signing-seed";

// Demo data, seeded only in demo mode (LOTSEN_DEMO, see client.ts). Every person here is invented; the
// organisations are real ones named in the municipality's public pages (docs/domain.md), with
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
  {
    email: "dataskydd@lotsen.example",
    password: "demo-privacy-2026",
    name: "Lena Ström",
    roles: ["PRIVACY_OFFICER"],
  },
] as const;

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);

/**
 * Seeds an empty database once: returns false when it already holds staff accounts or requests, so
 * demo data never mixes with real data. The accounts are marked demo: they sign in only in demo mode.
 */
export async function seedDemoData(db: Db): Promise<boolean> {
  if ((await db.staffUser.count()) > 0 || (await db.request.count()) > 0) return false;
  for (const user of DEMO_STAFF) await createStaffUser(db, { ...user, roles: [...user.roles], demo: true });

  const first = await createSentRequest(db, {
    step: "RECEIVED",
    receivedAt: daysAgo(2),
    organisation: { name: "Hej främling", orgNumber: "802412-3450", form: "ASSOCIATION" },
    contact: { name: "Amina Yusuf", email: "amina@hejframling.example", phone: "070-000 00 01" },
    subject: "Läxhjälp och matchning mot praktikplatser för nyanlända",
    themes: ["INTEGRATION", "LABOUR_MARKET"],
    answers: { idea: { what: "Läxhjälp två kvällar i veckan och stöd vid matchning mot praktik." } },
  });
  await attachDemoDocument(db, first.request.id, "verksamhetsplan.pdf");
  const consulted = await createSentRequest(db, {
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
  const proposed = await createSentRequest(db, {
    step: "PROPOSAL",
    receivedAt: daysAgo(55),
    organisation: { name: "Kvinnojouren Linnea", orgNumber: "802433-1111", form: "ASSOCIATION" },
    contact: { name: "Sofia Lund", email: "sofia@kvinnojouren.example" },
    subject: "Stödsamtal och skyddat boende för kvinnor på landsbygden",
    themes: ["VIOLENCE_AGAINST_WOMEN", "RURAL_ACTIVITIES"],
  });
  await proposeDemoDecision(db, proposed.request.id);
  await createSentRequest(db, {
    kind: "QUESTION",
    receivedAt: daysAgo(1),
    organisation: { name: "Folkets Hus Sörby", orgNumber: "802498-7656", form: "ASSOCIATION" },
    contact: { name: "Nils Åkesson", email: "nils@folketshus.example" },
    subject: "Kan en förening söka IOP och föreningsbidrag samtidigt?",
    themes: ["OTHER"],
  });
  await askDemoExpert(
    db,
    consulted.request.id,
    "Kan arbetsträningen ske inom ramen för ett IOP utan upphandling?",
  );
  await attachDemoDocument(db, consulted.request.id, "budget.pdf");
  await seedRegister(db);
  await seedDemoPartnership(db);
  await seedDemoMoney(db);
  await seedSigning(db);
  await seedDemoPartnerReports(db);
  return true;
}

/** A one-page PDF the applicant "sent", so the demo shows documents on the case page. */
async function attachDemoDocument(db: Db, requestId: string, filename: string) {
  const pdf = new TextEncoder().encode(
    "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
  );
  await db.$transaction(async (tx) => {
    const storageKey = await fileStore().put(tx, pdf);
    await tx.attachment.create({
      data: {
        requestId,
        storageKey,
        filename,
        contentType: "application/pdf",
        size: pdf.length,
        uploadedBy: "APPLICANT",
      },
    });
  });
}

/** The demo lawyer has an opinion to give: asked by the first lots, not yet declared or answered. */
async function askDemoExpert(db: Db, requestId: string, question: string) {
  const [expert, lots] = await Promise.all([
    db.staffUser.findUniqueOrThrow({ where: { email: "jurist@lotsen.example" } }),
    db.staffUser.findUniqueOrThrow({ where: { email: "lots@lotsen.example" } }),
  ]);
  await db.$transaction(async (tx) => {
    const opinion = await tx.expertOpinion.create({
      data: { requestId, expertId: expert.id, requestedById: lots.id, question },
    });
    await tx.caseEvent.create({
      data: {
        requestId,
        ...buildCaseEvent({ type: "OPINIONS_REQUESTED", data: { opinionIds: [opinion.id] } }),
        actorType: "STAFF",
        actorId: lots.id,
      },
    });
  });
}

/** A decision proposal waiting for the demo kommundirektör. */
async function proposeDemoDecision(db: Db, requestId: string) {
  const lots = await db.staffUser.findUniqueOrThrow({ where: { email: "lots@lotsen.example" } });
  await db.decisionProposal.create({
    data: {
      requestId,
      recommended: "IOP",
      motivation:
        "Föreningen har egen erfarenhet och egna resurser, verksamheten saknar marknad och ligger i linje med kommunens mål mot mäns våld mot kvinnor.",
      resources: "Kommunen bidrar med lokal och 200 000 kr per år; föreningen med ideell tid.",
      criteria: IOP_CRITERIA.map((key) => ({ key, met: "yes", note: "" })),
      authorId: lots.id,
      submittedAt: new Date(),
    },
  });
}
