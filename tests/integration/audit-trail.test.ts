import { describe, expect, it } from "vitest";
import { changedFields } from "@/lib/domain/audit";
import { withRequestContext } from "@/lib/server/audit/context";
import { exportAuditEvents, listAuditEvents, parseAuditFilter } from "@/lib/server/audit/query";
import { recordAudit, staffActor, SYSTEM_ACTOR } from "@/lib/server/audit/record";
import { getDb } from "@/lib/server/db/client";
import { removeBudgetLine, saveBudgetLine } from "@/lib/server/partnerships/budget-lines";
import { saveSection } from "@/lib/server/partnerships/save-section";
import { unique, uniqueEmail } from "../factories";
import { createPartnership } from "../factories/partnerships";

// The audit trail: rows written in the changing transaction, read back per entity, person and day,
// and never changed afterwards.

async function staffUser() {
  const db = await getDb();
  return db.staffUser.create({
    data: { name: `Granskare ${unique()}`, email: uniqueEmail("audit"), roles: ["ADMIN"] },
  });
}

describe("audit trail", () => {
  it("records who changed which fields, with the HTTP request id, and reads it back by entity and person", async () => {
    const db = await getDb();
    const user = await staffUser();
    const entityId = unique();
    await withRequestContext(`req-${entityId}`, () =>
      db.$transaction(async (tx) => {
        await recordAudit(tx, {
          actor: staffActor(user.id),
          entity: "setting",
          entityId,
          action: "updated",
          changes: changedFields(
            { name: "A", roles: ["LOTS"], same: 1 },
            { name: "B", roles: ["LOTS"], same: 1 },
          ),
        });
      }),
    );
    await recordAudit(db, { actor: SYSTEM_ACTOR, entity: "setting", entityId, action: "created" });

    const byEntity = await listAuditEvents(parseAuditFilter({ entity: "setting", entityId }));
    expect(byEntity.total).toBe(2);
    expect(byEntity.rows.map((r) => r.action)).toEqual(["created", "updated"]); // newest first
    const updated = byEntity.rows[1]!;
    expect(updated.actor?.name).toBe(user.name);
    expect(updated.requestId).toBe(`req-${entityId}`);
    expect(updated.changes).toEqual({ name: { from: "A", to: "B" } });

    const byPerson = await listAuditEvents(parseAuditFilter({ actorId: user.id }));
    expect(byPerson.rows.map((r) => r.entityId)).toEqual([entityId]);
  });

  it("filters by Swedish calendar days and ignores malformed filter values", async () => {
    const db = await getDb();
    const entityId = unique();
    await recordAudit(db, { actor: SYSTEM_ACTOR, entity: "partnership", entityId, action: "created" });
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Stockholm" }).format(new Date());
    const inToday = await listAuditEvents(parseAuditFilter({ entityId, from: today, to: today }));
    expect(inToday.total).toBe(1);
    const before = await listAuditEvents(parseAuditFilter({ entityId, to: "2000-01-01" }));
    expect(before.total).toBe(0);
    const junk = parseAuditFilter({
      entity: "nonsense",
      actorId: "not-a-uuid",
      from: "yesterday",
      page: "-4",
    });
    expect(junk).toEqual({
      entity: undefined,
      entityId: undefined,
      actorId: undefined,
      from: undefined,
      to: undefined,
      page: 1,
    });
  });

  it("exports every matching row oldest first across batches", async () => {
    const db = await getDb();
    const entityId = unique();
    await db.auditEvent.createMany({
      data: Array.from({ length: 1005 }, (_, i) => ({
        actorType: "SYSTEM" as const,
        entity: "follow_up",
        entityId,
        action: `step_${i}`,
      })),
    });
    const actions: string[] = [];
    for await (const row of exportAuditEvents(parseAuditFilter({ entityId }))) actions.push(row.action);
    expect(actions).toHaveLength(1005);
    expect(actions[0]).toBe("step_0");
    expect(actions[1004]).toBe("step_1004");
  });

  it("cannot be changed or deleted", async () => {
    const db = await getDb();
    const entityId = unique();
    await recordAudit(db, { actor: SYSTEM_ACTOR, entity: "email_text", entityId, action: "created" });
    await expect(
      db.auditEvent.updateMany({ where: { entityId }, data: { action: "forged" } }),
    ).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.deleteMany({ where: { entityId } })).rejects.toThrow(/append-only/);
    expect(await db.auditEvent.count({ where: { entityId, action: "created" } })).toBe(1);
  });

  it("records each partnership change under the staff member who made it, with the fields that changed", async () => {
    const db = await getDb();
    const user = await staffUser();
    const p = await createPartnership(db);
    const parties = await db.partnershipParty.findMany({
      where: { partnershipId: p.id },
      orderBy: { sortOrder: "asc" },
    });
    const title = `Ny titel ${unique()}`;
    expect(
      await saveSection(
        { id: user.id, roles: user.roles },
        {
          partnershipId: p.id,
          expectedVersion: p.version,
          section: "content",
          input: { title, purpose: "Syftet" },
        },
      ),
    ).toMatchObject({ ok: true });
    const line = {
      partyId: parties[0]!.id,
      year: "2026",
      kind: "MONEY",
      description: "Bidrag",
      quantity: "1",
      unit: "st",
      unitPriceSek: "1000",
    };
    expect(
      await saveBudgetLine(
        { id: user.id, roles: user.roles },
        { partnershipId: p.id, expectedVersion: p.version + 1, lineId: null, input: line },
      ),
    ).toEqual({ ok: true });
    const stored = await db.budgetLine.findFirstOrThrow({ where: { partnershipId: p.id } });
    expect(
      await removeBudgetLine(
        { id: user.id, roles: user.roles },
        { partnershipId: p.id, expectedVersion: p.version + 2, lineId: stored.id },
      ),
    ).toEqual({ ok: true });

    const section = await db.auditEvent.findFirstOrThrow({
      where: { entity: "partnership", entityId: p.id },
    });
    expect(section).toMatchObject({ actorId: user.id, action: "section_content" });
    expect(section.changes).toMatchObject({ title: { from: p.title, to: title } });
    const lineRows = await db.auditEvent.findMany({
      where: { entity: "budget_line", entityId: stored.id },
      orderBy: { id: "asc" },
    });
    expect(lineRows.map((r) => r.action)).toEqual(["created", "deleted"]);
    expect(lineRows[0]!.changes).toMatchObject({
      description: { to: "Bidrag" },
      unitPriceSek: { to: "1000.00" },
    });
    expect(lineRows[1]!.changes).toMatchObject({ description: { from: "Bidrag", to: null } });
  });
});
