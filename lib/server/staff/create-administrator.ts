import "server-only";
import { z } from "zod";
import { changedFields } from "@/lib/domain/audit";
import type { Locale } from "@/lib/i18n/routing";
import { recordAudit, SYSTEM_ACTOR } from "../audit/record";
import type { Db } from "../db/client";
import { enqueueEmail } from "../mail/outbox";
import { getSettings } from "../settings";
import { INVITATION_TTL_MS, invitationEmail, invitationToken, setPasswordUrl } from "./admin-users";
import type { Result } from "@/lib/domain/result";

// A production install's first administrator (and the way back in when every administrator has
// lost their password): `npm run admin:create -- <email>` (lib/server/cli/admin-create.ts). Whoever
// runs it has the server's environment, so nobody signs in to approve it; the audit trail names the
// system as actor. The account gets no password, only the same one-time, expiring set-password link
// as an invitation (admin-users.ts).

const input = z.object({
  email: z.email().max(254),
  name: z.string().trim().min(1).max(200),
});

export type CreateAdministratorResult = Result<
  { userId: string; created: boolean; link: string; expiresAt: Date; mailId: string | null },
  "emailInvalid" | "nameInvalid" | "demoAccount" | "disabled"
>;

export async function createAdministrator(
  db: Db,
  request: { email: string; name?: string; locale: Locale; mail: boolean },
  now = new Date(),
): Promise<CreateAdministratorResult> {
  const email = request.email.trim().toLowerCase();
  const parsed = input.safeParse({ email, name: request.name ?? email.split("@")[0] });
  if (!parsed.success) {
    return { ok: false, code: parsed.error.issues[0]?.path[0] === "email" ? "emailInvalid" : "nameInvalid" };
  }
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
  // Read before the transaction: the embedded database runs one query at a time.
  const { municipalityName } = await getSettings();
  const existing = await db.staffUser.findUnique({
    where: { email },
    select: { id: true, name: true, roles: true, demo: true, disabledAt: true, updatedAt: true },
  });
  // A demo account's password is public; it never becomes a real administrator.
  if (existing?.demo) return { ok: false, code: "demoAccount" };
  // Someone disabled it on purpose; an administrator enables it again in the administration.
  if (existing?.disabledAt) return { ok: false, code: "disabled" };

  return db.$transaction(async (tx) => {
    const roles = existing
      ? [...existing.roles.filter((r) => r !== "ADMIN"), "ADMIN" as const]
      : (["ADMIN"] as const);
    const user = existing
      ? await tx.staffUser.update({
          where: { id: existing.id },
          // A new updatedAt voids every earlier link for the account (admin-users.ts, signature).
          data: {
            roles: [...roles],
            updatedAt: new Date(Math.max(now.getTime(), existing.updatedAt.getTime() + 1)),
          },
          select: { id: true, name: true, updatedAt: true },
        })
      : await tx.staffUser.create({
          data: { email, name: parsed.data.name, roles: [...roles] },
          select: { id: true, name: true, updatedAt: true },
        });
    await recordAudit(tx, {
      actor: SYSTEM_ACTOR,
      entity: "staff_user",
      entityId: user.id,
      action: existing ? "administrator_reinvited" : "administrator_created",
      changes: existing
        ? changedFields({ roles: existing.roles }, { roles })
        : changedFields(null, { email, name: user.name, roles }),
    });
    const link = setPasswordUrl(request.locale, invitationToken(user, expiresAt.getTime()));
    const mail = request.mail
      ? await enqueueEmail(tx, {
          to: email,
          ...invitationEmail(request.locale, user.name, link, expiresAt, municipalityName),
        })
      : null;
    return { ok: true, userId: user.id, created: !existing, link, expiresAt, mailId: mail?.id ?? null };
  });
}
