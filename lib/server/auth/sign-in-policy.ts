import "server-only";
import { changedFields } from "@/lib/domain/audit";
import { DEFAULT_SIGN_IN_POLICY, signInPolicySchema, type SignInPolicy } from "@/lib/domain/oidc-sign-in";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit, staffActor } from "../audit/record";
import type { Db } from "../db/client";
import { logger } from "../log";
import { oidcSettings } from "./config";
import type { Result } from "@/lib/domain/result";

// The administrators' sign-in policy (the Setting row "sign_in"): whether staff may sign in with a
// password, and which values of the OpenID Connect role claim grant which role. Read on every sign-in,
// never cached, so a change holds at once on every instance.

export const SIGN_IN_POLICY_KEY = "sign_in";

export async function getSignInPolicy(db: Db | Prisma.TransactionClient): Promise<SignInPolicy> {
  const row = await db.setting.findUnique({ where: { key: SIGN_IN_POLICY_KEY } });
  if (!row) return DEFAULT_SIGN_IN_POLICY;
  const parsed = signInPolicySchema.safeParse(row.value);
  if (parsed.success) return parsed.data;
  // The defaults map no role; say so rather than let roles stop following the provider in silence.
  logger.warn({ issues: parsed.error.issues.length }, "saved sign-in policy unreadable; defaults used");
  return DEFAULT_SIGN_IN_POLICY;
}

/**
 * Password sign-in can be off only while OpenID Connect is configured: if the provider's settings are
 * removed from the environment, passwords work again rather than nobody getting in.
 */
export async function passwordSignInAllowed(db: Db): Promise<boolean> {
  if (!oidcSettings()) return true;
  return (await getSignInPolicy(db)).passwordSignIn;
}

export type SavePolicyResult = Result<object, "oidcNotConfigured" | "needsOidcSession">;

/**
 * Saves the policy with its audit row. Turning password sign-in off is refused unless the
 * administrator's own session was started through OpenID Connect: whoever switches passwords off has
 * just shown that the other way in works for them, so administrators cannot lock everyone out.
 * Turning it off also ends every open password session: the choice holds for those signed in too.
 */
export async function saveSignInPolicy(
  db: Db,
  policy: SignInPolicy,
  by: { userId: string; sessionId: string },
): Promise<SavePolicyResult> {
  if (!oidcSettings()) return { ok: false, code: "oidcNotConfigured" };
  const value = signInPolicySchema.parse(policy);
  if (!value.passwordSignIn) {
    const session = await db.staffSession.findUnique({
      where: { id: by.sessionId },
      select: { method: true },
    });
    if (session?.method !== "oidc") return { ok: false, code: "needsOidcSession" };
  }
  await db.$transaction(async (tx) => {
    const before = await getSignInPolicy(tx);
    await tx.setting.upsert({
      where: { key: SIGN_IN_POLICY_KEY },
      update: { value, updatedById: by.userId },
      create: { key: SIGN_IN_POLICY_KEY, value, updatedById: by.userId },
    });
    const changes = changedFields(before, value);
    if (before.passwordSignIn && !value.passwordSignIn)
      await tx.staffSession.updateMany({
        where: { revokedAt: null, method: "password" },
        data: { revokedAt: new Date() },
      });
    if (Object.keys(changes).length > 0) {
      await recordAudit(tx, {
        actor: staffActor(by.userId),
        entity: "setting",
        entityId: SIGN_IN_POLICY_KEY,
        action: "updated",
        changes,
      });
    }
  });
  return { ok: true };
}
