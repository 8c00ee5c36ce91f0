import "server-only";
import { buildCaseEvent } from "@/lib/domain/case-events";
import { getDb } from "../db/client";

/** Assigns open cases to a lots (or to nobody), one audit event per case that changed. */
export async function assignCases(
  ids: string[],
  assignToId: string | null,
  actorId: string,
): Promise<number> {
  const db = await getDb();
  if (assignToId) {
    const target = await db.staffUser.findFirst({
      where: { id: assignToId, disabledAt: null },
      select: { roles: true },
    });
    if (!target?.roles.includes("LOTS")) return 0;
  }
  return db.$transaction(async (tx) => {
    const cases = await tx.request.findMany({
      where: { id: { in: ids }, status: "OPEN", NOT: { assignedToId: assignToId } },
      select: { id: true },
    });
    for (const c of cases) {
      await tx.request.update({
        where: { id: c.id },
        data: { assignedToId: assignToId, version: { increment: 1 } },
      });
      await tx.caseEvent.create({
        data: {
          requestId: c.id,
          ...buildCaseEvent({ type: "ASSIGNED", data: { assignedToId: assignToId } }),
          actorType: "STAFF",
          actorId,
        },
      });
    }
    return cases.length;
  });
}
