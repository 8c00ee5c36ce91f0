import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildCaseEvent } from "@/lib/domain/case-events";
import { can } from "@/lib/domain/permissions";
import { changedContactFields, contactRectificationSchema } from "@/lib/domain/privacy";
import type { StaffSession } from "../auth/session";
import { getDb } from "../db/client";
import { logger } from "../log";
import { ERASURE_EVENTS, wasErased } from "./erasable";
import type { Result } from "@/lib/domain/result";

export type RectifyResult = Result<{ changed: number }, "forbidden" | "notFound" | "erased" | "invalid">;

/**
 * Corrects the contact's name, address and phone on a case (GDPR Art. 16), in the contact row and
 * in the answers the request was sent with. The case event names the fields that changed, never the
 * old or new values: the trail cannot be erased, so it must not hold them.
 */
export async function rectifyContact(
  session: StaffSession,
  requestId: string,
  input: Record<string, string>,
): Promise<RectifyResult> {
  if (!can(session.user.roles, "handlePersonalData")) return { ok: false, code: "forbidden" };
  const parsed = contactRectificationSchema.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      code: "invalid",
      errors: Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])),
    };
  const db = await getDb();
  const request = await db.request.findFirst({
    where: { id: requestId, status: { not: "DRAFT" } },
    select: { answers: true, contact: true, ...ERASURE_EVENTS },
  });
  if (!request?.contact) return { ok: false, code: "notFound" };
  if (wasErased(request)) return { ok: false, code: "erased" };
  const fields = changedContactFields(request.contact, parsed.data);
  if (!fields.length) return { ok: true, changed: 0 };
  const answers = (request.answers ?? {}) as Record<string, Record<string, unknown>>;
  const contactAnswers = answers.contact
    ? { ...answers.contact, name: parsed.data.name, email: parsed.data.email, phone: parsed.data.phone ?? "" }
    : undefined;
  await db.$transaction(async (tx) => {
    await tx.contactPerson.update({ where: { id: request.contact!.id }, data: parsed.data });
    if (contactAnswers)
      await tx.request.update({
        where: { id: requestId },
        data: { answers: { ...answers, contact: contactAnswers } as Prisma.InputJsonValue },
      });
    await tx.caseEvent.create({
      data: {
        requestId,
        ...buildCaseEvent({ type: "CONTACT_RECTIFIED", data: { fields } }),
        actorType: "STAFF",
        actorId: session.user.id,
      },
    });
  });
  logger.info({ event: "contact-rectified", requestId, fields }, "contact details corrected");
  return { ok: true, changed: fields.length };
}
