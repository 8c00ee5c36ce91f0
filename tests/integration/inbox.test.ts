import { describe, expect, it } from "vitest";
import { DEFAULT_WORKFLOW_SETTINGS } from "@/lib/domain/workflow-settings";
import { getDb } from "@/lib/server/db/client";
import { createSentRequest, createStaffUser } from "@/lib/server/db/factories";
import { COUNT_CAP, PAGE_SIZE, listInbox, parseInboxFilter } from "@/lib/server/staff/inbox";
import { requestSeed, unique, uniqueEmail } from "../factories";

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);

describe("staff inbox", () => {
  it("filters by step, kind, theme, assignment, age, overdue and free text in the answers", async () => {
    const db = await getDb();
    const tag = `tag${unique()}`;
    const me = await createStaffUser(db, { email: uniqueEmail("lots"), name: "Lots", roles: ["LOTS"] });
    const a = await createSentRequest(
      db,
      requestSeed({
        subject: `${tag} A`,
        step: "REVIEWED",
        themes: ["MENTAL_HEALTH"],
        receivedAt: daysAgo(40),
        stepEnteredAt: daysAgo(30),
      }),
    );
    const b = await createSentRequest(
      db,
      requestSeed({ subject: `${tag} B`, kind: "QUESTION", receivedAt: daysAgo(1) }),
    );
    const c = await createSentRequest(
      db,
      requestSeed({ subject: "annat", answers: { idea: { description: `hemligt ord ${tag}` } } }),
    );
    await db.request.update({ where: { id: a.request.id }, data: { assignedToId: me.id } });

    const list = async (params: Record<string, string>) =>
      (await listInbox(parseInboxFilter(params), me.id, DEFAULT_WORKFLOW_SETTINGS)).rows
        .map((r) => r.id)
        .sort();

    expect(await list({ q: tag })).toEqual([a.request.id, b.request.id, c.request.id].sort());
    expect(await list({ q: tag, step: "REVIEWED" })).toEqual([a.request.id]);
    expect(await list({ q: tag, kind: "QUESTION" })).toEqual([b.request.id]);
    expect(await list({ q: tag, theme: "MENTAL_HEALTH" })).toEqual([a.request.id]);
    expect(await list({ q: tag, assigned: "me" })).toEqual([a.request.id]);
    expect(await list({ q: tag, assigned: "none" })).toEqual([b.request.id, c.request.id].sort());
    expect(await list({ q: tag, minAge: "30" })).toEqual([a.request.id]);
    expect(await list({ q: tag, overdue: "1" })).toEqual([a.request.id]); // 30 days in REVIEWED > 21
    expect(await list({ q: `hemligt ord ${tag}` })).toEqual([c.request.id]);
    expect(await list({ q: a.request.registrationNumber! })).toEqual([a.request.id]);

    // A row carries its list columns and the names shown beside them, typed as the page reads them.
    const [row] = (await listInbox(parseInboxFilter({ q: `${tag} A` }), me.id, DEFAULT_WORKFLOW_SETTINGS))
      .rows;
    const organisation = await db.organisation.findUniqueOrThrow({
      where: { id: a.request.organisationId! },
    });
    const contact = await db.contactPerson.findUniqueOrThrow({ where: { id: a.request.contactId! } });
    expect(row).toEqual({
      id: a.request.id,
      kind: "COLLABORATION",
      status: "OPEN",
      step: "REVIEWED",
      outcome: null,
      registrationNumber: a.request.registrationNumber,
      subject: `${tag} A`,
      themes: ["MENTAL_HEALTH"],
      receivedAt: a.request.receivedAt,
      stepEnteredAt: a.request.stepEnteredAt,
      organisation: { name: organisation.name },
      contact: { name: contact.name },
      assignedTo: { id: me.id, name: "Lots" },
    });
    expect(row?.receivedAt).toBeInstanceOf(Date);
  });

  it("ignores malformed filter values instead of failing", () => {
    const filter = parseInboxFilter({
      step: "NOPE",
      page: "-3",
      sort: "drop table",
      assigned: "x",
      overdue: "yes",
    });
    expect(filter).toMatchObject({
      status: "OPEN",
      step: undefined,
      page: 1,
      sort: "newest",
      assigned: undefined,
      overdue: undefined,
    });
  });

  it("counts open requests per step", async () => {
    const db = await getDb();
    const me = await createStaffUser(db, { email: uniqueEmail("lots"), name: "Lots", roles: ["LOTS"] });
    const before = (await listInbox(parseInboxFilter({}), me.id, DEFAULT_WORKFLOW_SETTINGS)).counts.PROPOSAL;
    await createSentRequest(db, requestSeed({ step: "PROPOSAL" }));
    const after = (await listInbox(parseInboxFilter({}), me.id, DEFAULT_WORKFLOW_SETTINGS)).counts.PROPOSAL;
    expect(after - before).toBeGreaterThanOrEqual(1);
  });

  it("counts exactly up to the cap, says 'more' above it, and still pages to the last row", async () => {
    const db = await getDb();
    const me = await createStaffUser(db, { email: uniqueEmail("lots"), name: "Lots", roles: ["LOTS"] });
    // Ended requests assigned to this user alone, so the filter counts only this test's rows.
    const add = (n: number) => db.$executeRaw`
      INSERT INTO request (id, kind, status, step, outcome, received_at, subject, themes, assigned_to_id, updated_at)
      SELECT gen_random_uuid(), 'COLLABORATION', 'ENDED', 'COMMITTEE', 'CLOSED', now() - i * interval '1 minute',
        'Räknad ' || i, ARRAY['INTEGRATION']::"Theme"[], ${me.id}::uuid, now()
      FROM generate_series(1, ${n}::int) AS i`;
    const inbox = (params: Record<string, string> = {}) =>
      listInbox(
        parseInboxFilter({ status: "ENDED", assigned: me.id, ...params }),
        me.id,
        DEFAULT_WORKFLOW_SETTINGS,
      );

    await add(COUNT_CAP);
    const atCap = await inbox();
    expect(atCap).toMatchObject({
      total: COUNT_CAP,
      more: false,
      pages: COUNT_CAP / PAGE_SIZE,
      hasNext: true,
    });
    expect(await inbox({ page: String(COUNT_CAP / PAGE_SIZE) })).toMatchObject({ hasNext: false });
    // Found through the filters' indexes, then sorted: still in the order asked for.
    expect(atCap.rows.map((r) => r.subject).slice(0, 2)).toEqual(["Räknad 1", "Räknad 2"]);
    expect((await inbox({ sort: "oldest" })).rows[0]?.subject).toBe(`Räknad ${COUNT_CAP}`);
    // A free-text search counts and pages in one statement: the same answers.
    const searched = await inbox({ q: "Räknad" });
    expect(searched).toMatchObject({
      total: COUNT_CAP,
      more: false,
      pages: COUNT_CAP / PAGE_SIZE,
      hasNext: true,
    });
    expect(searched.rows.map((r) => r.id)).toEqual(atCap.rows.map((r) => r.id));
    const lastSearched = await inbox({ q: "Räknad", page: String(COUNT_CAP / PAGE_SIZE) });
    expect(lastSearched).toMatchObject({ hasNext: false });
    expect(lastSearched.rows).toHaveLength(PAGE_SIZE);
    expect(await inbox({ q: "Räknad", page: String(COUNT_CAP / PAGE_SIZE + 1) })).toMatchObject({ rows: [] });

    await add(1);
    const above = await inbox({ theme: "INTEGRATION" });
    expect(above).toMatchObject({ total: COUNT_CAP, more: true, pages: null, hasNext: true });
    expect(above.rows).toHaveLength(PAGE_SIZE);
    const last = await inbox({ page: String(COUNT_CAP / PAGE_SIZE + 1) });
    expect(last).toMatchObject({ more: true, pages: null, hasNext: false });
    expect(last.rows).toHaveLength(1);
    const searchedAbove = await inbox({ q: "Räknad" });
    expect(searchedAbove).toMatchObject({ total: COUNT_CAP, more: true, pages: null, hasNext: true });
    expect(searchedAbove.rows.map((r) => r.id)).toEqual(above.rows.map((r) => r.id));
    expect(await inbox({ q: "Räknad", page: String(COUNT_CAP / PAGE_SIZE + 1) })).toMatchObject({
      hasNext: false,
    });
    // A filter that matches none of them counts 0, exactly.
    expect(await inbox({ theme: "MENTAL_HEALTH" })).toMatchObject({ total: 0, more: false, pages: 1 });
    expect(await inbox({ kind: "QUESTION" })).toMatchObject({ total: 0, more: false });
    expect(await inbox({ q: "Ingen sådan text" })).toMatchObject({
      rows: [],
      total: 0,
      more: false,
      pages: 1,
    });
  });
});
