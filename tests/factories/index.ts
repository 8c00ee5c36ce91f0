import { randomUUID } from "node:crypto";
import { beforeAll } from "vitest";
import { luhnCheckDigit } from "@/lib/domain/org-number";
import type { Answers } from "@/lib/domain/intake/schema";
import type { Role } from "@/lib/domain/workflow";
import type { StaffSession } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/db/client";
import { createStaffUser, type RequestSeed } from "@/lib/server/db/factories";

// Unique values so that tests sharing one database never see each other's rows.

export const unique = () => randomUUID().replaceAll("-", "").slice(0, 12);

export function uniqueEmail(prefix = "test"): string {
  return `${prefix}-${unique()}@test.example`;
}

/** A valid organisation number (legal entity, correct check digit), random enough to be unique. */
export function uniqueOrgNumber(): string {
  const body = `80${2 + Math.floor(Math.random() * 8)}${String(Math.floor(Math.random() * 1e6)).padStart(6, "0")}`;
  return `${body.slice(0, 6)}-${body.slice(6)}${luhnCheckDigit(body)}`;
}

/** A registration prefix of its own, so a test can count its numbers from 1. */
export function uniquePrefix(): string {
  return `T${unique().slice(0, 8).toUpperCase()}`;
}

export function requestSeed(overrides: Partial<RequestSeed> = {}): RequestSeed {
  return {
    organisation: { name: `Testföreningen ${unique()}`, orgNumber: uniqueOrgNumber(), form: "ASSOCIATION" },
    contact: { name: "Test Testsson", email: uniqueEmail("contact") },
    subject: "Ett testärende",
    themes: ["INTEGRATION"],
    prefix: uniquePrefix(),
    ...overrides,
  };
}

/** Answers that pass every section of the request form, with a unique organisation. */
export function completeAnswers(email: string): Answers {
  return {
    organisation: {
      name: `Förening ${unique()}`,
      orgNumber: uniqueOrgNumber(),
      form: "ASSOCIATION",
      website: "",
    },
    contact: { name: "Test Person", email, phone: "" },
    themes: { themes: ["INTEGRATION"] },
    activity: {
      orientation: "Läxhjälp",
      purpose: "Skolresultat",
      staffing: "",
      premises: "",
      funding: "",
      budget: "",
    },
    idea: { title: "Läxhjälp i biblioteket", description: "Två kvällar i veckan." },
    activities: { activities: "Läxhjälp" },
    collaboration: { competence: "", cofunding: "Lokal", arenas: "" },
    targetGroup: { who: "Elever", needs: "Stöd", how: "Läxhjälp" },
    organisationStructure: { board: "Tre", management: "", employees: "0", volunteers: "10" },
    competence: { have: "Lärare", need: "" },
  };
}

/** A staff member with a unique address, for tests whose changes must name a real account. */
export async function staffMember(roles: Role[] = ["LOTS"]): Promise<string> {
  const db = await getDb();
  return (await createStaffUser(db, { email: uniqueEmail("staff"), name: `Medarbetare ${unique()}`, roles }))
    .id;
}

/**
 * For a suite whose changes must name a real account (the audit trail does): one staff member, made
 * before the suite's first test. Read `.id` inside a test, once it is set.
 */
export function staffMemberBeforeAll(roles?: Role[]): { readonly id: string } {
  const member = { id: "" };
  beforeAll(async () => {
    member.id = await staffMember(roles);
  });
  return member;
}

/** A new staff member with these roles, signed in: what the verbs that take a session are given. */
export async function staffSession(roles: Role[]): Promise<StaffSession> {
  const id = await staffMember(roles);
  return { user: { id, roles, name: "Test", email: "t@test.example" }, sessionId: "s" } as StaffSession;
}
