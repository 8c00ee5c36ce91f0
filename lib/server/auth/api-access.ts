import "server-only";
import { rolesFor, type Permission } from "@/lib/domain/permissions";
import { logger } from "../log";
import { getStaffSession, type StaffSession } from "./session";

/**
 * For route handlers (form posts, downloads): the signed-in staff member holding one of `roles`,
 * holding `permission` (lib/domain/permissions.ts) when given, or null, in which case the route answers 403 itself. Pages use requireStaff instead.
 */
export async function requireStaffApi(permission?: Permission): Promise<StaffSession | null> {
  const roles = permission ? rolesFor(permission) : undefined;
  const session = await getStaffSession();
  if (!session) {
    logger.warn({ event: "access-denied", reason: "signed-out" }, "staff route refused");
    return null;
  }
  if (roles?.length && !roles.some((role) => session.user.roles.includes(role))) {
    logger.warn({ event: "access-denied", userId: session.user.id, required: roles }, "staff route refused");
    return null;
  }
  return session;
}
