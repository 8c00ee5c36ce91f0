import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db/client";
import { endExpiredPartnerships } from "@/lib/server/partnerships/end-expired";
import { createPartnership, day } from "../factories/partnerships";

describe("partnerships whose term is over", () => {
  it("are ended by the Swedish date, once however many instances run it, with their schedule", async () => {
    const db = await getDb();
    // 00:30 on 2 March 2026 in Sweden, still 1 March in UTC.
    const now = new Date("2026-03-01T23:30:00Z");
    const over = await createPartnership(db, { endDate: day("2026-03-01") });
    const lastDay = await createPartnership(db, { endDate: day("2026-03-02") });
    const oldYear = await createPartnership(db, {
      startDate: null,
      endDate: null,
      startYear: 2022,
      endYear: 2025,
    });
    const thisYear = await createPartnership(db, { startDate: null, endDate: null, endYear: 2026 });
    const draft = await createPartnership(db, { status: "DRAFT", endDate: day("2025-12-31") });
    // A follow-up still open after the end (left from an earlier plan) goes; a held one stays.
    const open = await db.followUp.create({
      data: { partnershipId: over.id, kind: "TALK", dueDate: day("2026-04-01") },
    });
    const held = await db.followUp.create({
      data: { partnershipId: over.id, kind: "REPORT", dueDate: day("2026-02-01"), doneAt: day("2026-02-02") },
    });

    const runs = await Promise.all([endExpiredPartnerships(db, now), endExpiredPartnerships(db, now)]);
    const ended = runs.flat();
    for (const p of [over, oldYear]) expect(ended.filter((id) => id === p.id)).toHaveLength(1);
    for (const p of [lastDay, thisYear, draft]) expect(ended).not.toContain(p.id);

    const rows = await db.partnership.findMany({
      where: { id: { in: [over.id, lastDay.id, oldYear.id, thisYear.id, draft.id] } },
      select: { id: true, status: true, version: true },
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(over.id)).toMatchObject({ status: "ENDED", version: over.version + 1 });
    expect(byId.get(oldYear.id)).toMatchObject({ status: "ENDED", version: oldYear.version + 1 });
    expect(byId.get(lastDay.id)).toMatchObject({ status: "ACTIVE", version: lastDay.version });
    expect(byId.get(thisYear.id)).toMatchObject({ status: "ACTIVE", version: thisYear.version });
    expect(byId.get(draft.id)).toMatchObject({ status: "DRAFT", version: draft.version });
    expect(await db.followUp.findUnique({ where: { id: open.id } })).toBeNull();
    expect(await db.followUp.findUnique({ where: { id: held.id } })).not.toBeNull();

    // A later run finds nothing more of these to end.
    const again = await endExpiredPartnerships(db, now);
    expect(again.filter((id) => [over.id, oldYear.id].includes(id))).toEqual([]);
  });
});
