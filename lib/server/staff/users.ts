import "server-only";
import { getDb } from "../db/client";

/** Enabled staff who hold the given role (roles are few, so filtering in code is fine). */
export async function listUsersWithRole(role: "LOTS" | "EXPERT") {
  const db = await getDb();
  const users = await db.staffUser.findMany({
    where: { disabledAt: null },
    select: { id: true, name: true, roles: true, expertKind: true },
    orderBy: { name: "asc" },
  });
  return users.filter((u) => u.roles.includes(role));
}

export const listLotsUsers = () => listUsersWithRole("LOTS");
