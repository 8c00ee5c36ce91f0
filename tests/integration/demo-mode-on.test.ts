import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateSection, type Answers } from "@/lib/domain/intake/schema";
import { QUESTION_SECTION, SECTIONS, type SectionDef } from "@/lib/domain/intake/sections";
import { ACTIONS, type WorkflowAction } from "@/lib/domain/workflow";
import type { Db } from "@/lib/server/db/client";
import { DEMO_PARTNERSHIP_TITLE } from "@/lib/server/db/follow-up-seed";
import { DEMO_STAFF } from "@/lib/server/db/seed";
import { DEMO_SIGNING_TITLE } from "@/lib/server/db/signing-seed";
import { useFreshDatabase } from "../support/fresh-database";

// A server started in demo mode (`npm run demo`, LOTSEN_DEMO=true) on an empty database of its own.
let fresh: Awaited<ReturnType<typeof useFreshDatabase>>;
let db: Db;

beforeAll(async () => {
  process.env.LOTSEN_DEMO = "true";
  fresh = await useFreshDatabase("demo_on");
  db = await (await import("@/lib/server/db/client")).getDb();
});

afterAll(async () => {
  await db.$disconnect();
  await fresh.drop();
});

describe("in demo mode", () => {
  it("fills an empty database with demo data at start, every account marked demo", async () => {
    const accounts = await db.staffUser.findMany({ select: { email: true, demo: true } });
    expect(accounts.map((a) => a.email).sort()).toEqual(DEMO_STAFF.map((s) => s.email).sort());
    expect(accounts.every((a) => a.demo)).toBe(true);
    expect(await db.request.count()).toBeGreaterThanOrEqual(4);
  });

  it("has every checklist item of every demo request answered, every field filled in", async () => {
    const requests = await db.request.findMany({ select: { kind: true, answers: true, status: true } });
    expect(requests.filter((r) => r.kind === "COLLABORATION").length).toBeGreaterThanOrEqual(7);
    expect(requests.every((r) => r.status !== "DRAFT")).toBe(true);
    const blank = (sections: readonly SectionDef[], answers: Answers) =>
      sections.flatMap((section) => [
        ...Object.keys(validateSection(section, answers[section.id])).map((f) => `${section.id}.${f}`),
        ...section.fields
          .filter((f) => [answers[section.id]?.[f.name] ?? ""].flat().join("").trim() === "")
          .map((f) => `${section.id}.${f.name}`),
      ]);
    for (const r of requests) {
      const sections = r.kind === "QUESTION" ? [QUESTION_SECTION] : (SECTIONS as readonly SectionDef[]);
      expect(blank(sections, r.answers as Answers)).toEqual([]);
    }
    const items = new Set(SECTIONS.flatMap((s) => s.checklistItems as readonly number[]));
    expect([...items].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it("has the timelines the verbs wrote: sent by the applicant, each move by a staff member with its action", async () => {
    const requests = await db.request.findMany({
      select: {
        step: true,
        status: true,
        outcome: true,
        events: {
          orderBy: { id: "asc" },
          select: { type: true, actorType: true, actorId: true, toStep: true, data: true },
        },
      },
    });
    for (const r of requests) {
      const [submitted, ...rest] = r.events;
      expect(submitted).toMatchObject({ type: "SUBMITTED", actorType: "APPLICANT", toStep: "RECEIVED" });
      expect(rest.every((e) => e.actorType !== "SYSTEM")).toBe(true);
      const staffMoves = rest.filter((e) => e.type === "STEP_CHANGED" || e.type === "ENDED");
      for (const e of staffMoves) {
        const action = (e.data as { action?: WorkflowAction }).action!;
        expect(e.actorType).toBe("STAFF");
        expect(e.actorId).toBeTruthy();
        expect(ACTIONS[action].event).toBe(e.type);
        if (e.type === "STEP_CHANGED") expect(ACTIONS[action].to).toBe(e.toStep);
      }
      const last = staffMoves.filter((e) => e.type === "STEP_CHANGED").at(-1);
      expect(last?.toStep ?? "RECEIVED").toBe(r.step);
      expect(staffMoves.some((e) => e.type === "ENDED")).toBe(r.status === "ENDED");
    }
    // A request in each early step, and the ends the README promises.
    const steps = new Set(requests.filter((r) => r.status === "OPEN").map((r) => r.step));
    for (const step of ["RECEIVED", "REVIEWED", "PRESENTED", "PROPOSAL"] as const)
      expect(steps).toContain(step);
    expect(requests.filter((r) => r.outcome === "GRANTED")).toHaveLength(2);
    expect(requests.filter((r) => r.outcome === "DECLINED")).toHaveLength(1);
  });

  it("makes the demo partnerships from granted requests, and sends none of the demo's mail", async () => {
    for (const title of [DEMO_PARTNERSHIP_TITLE, DEMO_SIGNING_TITLE]) {
      const p = await db.partnership.findFirstOrThrow({
        where: { title },
        select: { id: true, request: { select: { outcome: true, collaborationForm: true } } },
      });
      expect(p.request).toEqual({ outcome: "GRANTED", collaborationForm: "IOP" });
      expect(await db.auditEvent.count({ where: { entityId: p.id, action: "created_from_request" } })).toBe(
        1,
      );
    }
    expect(await db.outboxEmail.count()).toBe(0);
  });

  it("lets the demo administrator sign in with the README's password, and keeps the session", async () => {
    const { signInWithPassword } = await import("@/lib/server/auth/sign-in");
    const { startStaffSession, validateStaffSession } = await import("@/lib/server/auth/staff-sessions");
    const admin = DEMO_STAFF.find((s) => s.roles.includes("ADMIN" as never))!;
    const result = await signInWithPassword(db, { ...admin, ip: "192.0.2.8" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const sessionId = await startStaffSession(db, result.userId, "password");
    expect((await validateStaffSession(db, sessionId, result.userId)).verdict).toBe("valid");
  });
});
