import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { buildCaseEvent } from "@/lib/domain/case-events";
import { STEPS, type StepName } from "@/lib/domain/steps";
import type {
  OrganisationForm,
  RequestKind,
  Role,
  ExpertKind,
  Theme,
  Prisma,
} from "@/lib/generated/prisma/client";
import { hashPassword } from "../auth/password";
import { registerDocument } from "../records/register-document";
import { nextRegistrationNumber } from "../registration";
import type { Db } from "./client";

// Builders for demo data and for tests: each creates complete, valid rows. Tests pass unique
// values (see tests/factories) so they never depend on each other's data.

export async function createStaffUser(
  db: Db,
  input: {
    email: string;
    name: string;
    password?: string;
    roles: Role[];
    expertKind?: ExpertKind;
    /** A demo account: signs in only in demo mode (lib/server/auth/sign-in.ts). */
    demo?: boolean;
  },
) {
  return db.staffUser.create({
    data: {
      email: input.email.toLowerCase(),
      name: input.name,
      roles: input.roles,
      expertKind: input.expertKind ?? null,
      passwordHash: input.password ? await hashPassword(input.password) : null,
      demo: input.demo ?? false,
    },
    omit: { passwordHash: true },
  });
}

export interface RequestSeed {
  kind?: RequestKind;
  step?: StepName;
  organisation: { name: string; orgNumber?: string; form: OrganisationForm; website?: string };
  contact: { name: string; email: string; phone?: string };
  subject: string;
  themes: Theme[];
  answers?: Prisma.InputJsonValue;
  receivedAt?: Date;
  stepEnteredAt?: Date;
  prefix?: string;
}

/** Creates a sent request in the given step, with its registration number and its audit trail. */
export async function createSentRequest(db: Db, seed: RequestSeed) {
  const step = seed.step ?? "RECEIVED";
  const receivedAt = seed.receivedAt ?? new Date();
  const accessToken = randomBytes(32).toString("base64url");
  const request = await db.$transaction(async (tx) => {
    const organisation = seed.organisation.orgNumber
      ? await tx.organisation.upsert({
          where: { orgNumber: seed.organisation.orgNumber },
          update: {},
          create: seed.organisation,
        })
      : await tx.organisation.create({ data: seed.organisation });
    const contact = await tx.contactPerson.create({
      data: { ...seed.contact, organisationId: organisation.id },
    });
    const registrationNumber = await nextRegistrationNumber(
      tx,
      seed.prefix ?? "KS",
      receivedAt.getFullYear(),
    );
    const created = await tx.request.create({
      data: {
        kind: seed.kind ?? "COLLABORATION",
        status: "OPEN",
        step,
        registrationNumber,
        receivedAt,
        stepEnteredAt: seed.stepEnteredAt ?? receivedAt,
        subject: seed.subject,
        themes: seed.themes,
        answers: seed.answers ?? {},
        accessTokenHash: createHash("sha256").update(accessToken).digest("hex"),
        organisationId: organisation.id,
        contactId: contact.id,
        createdAt: receivedAt,
      },
    });
    const submitted = buildCaseEvent({ type: "SUBMITTED", data: { registrationNumber } });
    await tx.caseEvent.create({
      data: {
        requestId: created.id,
        ...submitted,
        actorType: "APPLICANT",
        toStep: "RECEIVED",
        createdAt: receivedAt,
      },
    });
    await registerDocument(tx, {
      requestId: created.id,
      direction: "IN",
      kind: "REQUEST",
      refId: created.id,
      description: `${created.kind === "QUESTION" ? "Fråga" : "Ansökan om samverkan"}: ${seed.subject}`,
    });
    // Walk the request forward so the trail shows every step it passed.
    const target = STEPS.indexOf(step);
    for (let i = 1; i <= target; i++) {
      const event = buildCaseEvent({ type: "STEP_CHANGED", data: { from: STEPS[i - 1]!, to: STEPS[i]! } });
      await tx.caseEvent.create({
        data: {
          requestId: created.id,
          ...event,
          actorType: "SYSTEM",
          fromStep: STEPS[i - 1]!,
          toStep: STEPS[i]!,
        },
      });
    }
    return created;
  });
  return { request, accessToken };
}
