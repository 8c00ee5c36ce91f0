import "server-only";
import { z } from "zod";
import { THEMES } from "@/lib/domain/themes";
import { STEPS } from "@/lib/domain/steps";
import type { WorkflowSettings } from "@/lib/domain/workflow-settings";
import { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "../db/client";

// The staff inbox: one query builder for the list, the counts per step and the CSV export, so the
// three always agree on what "the current filter" means.

export const PAGE_SIZE = 25;

export const inboxFilterSchema = z.object({
  status: z.enum(["OPEN", "ENDED"]).catch("OPEN"),
  step: z.enum(STEPS).optional().catch(undefined),
  kind: z.enum(["COLLABORATION", "QUESTION"]).optional().catch(undefined),
  theme: z.enum(THEMES).optional().catch(undefined),
  assigned: z
    .union([z.literal("me"), z.literal("none"), z.uuid()])
    .optional()
    .catch(undefined),
  minAge: z.coerce.number().int().min(1).max(3650).optional().catch(undefined),
  overdue: z.literal("1").optional().catch(undefined),
  q: z
    .string()
    .transform((v) => v.replaceAll("\0", "").trim())
    .pipe(z.string().max(200))
    .optional()
    .catch(undefined),
  sort: z.enum(["newest", "oldest", "number", "step"]).catch("newest"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type InboxFilter = z.infer<typeof inboxFilterSchema>;

export function parseInboxFilter(params: Record<string, string | string[] | undefined>): InboxFilter {
  const flat = Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined]),
  );
  return inboxFilterSchema.parse(flat);
}

async function where(
  filter: InboxFilter,
  userId: string,
  settings: WorkflowSettings,
  now: Date,
): Promise<Prisma.RequestWhereInput> {
  const and: Prisma.RequestWhereInput[] = [{ status: filter.status }];
  if (filter.step) and.push({ step: filter.step });
  if (filter.kind) and.push({ kind: filter.kind });
  // `themes: { has }` fails on the embedded database's adapter (enum arrays), so ask SQL directly.
  if (filter.theme) and.push({ id: { in: await matchTheme(filter.theme) } });
  if (filter.assigned === "me") and.push({ assignedToId: userId });
  else if (filter.assigned === "none") and.push({ assignedToId: null });
  else if (filter.assigned) and.push({ assignedToId: filter.assigned });
  if (filter.minAge) and.push({ receivedAt: { lte: new Date(now.getTime() - filter.minAge * 86_400_000) } });
  if (filter.overdue) {
    and.push({
      status: "OPEN",
      OR: STEPS.map((step) => ({
        step,
        stepEnteredAt: { lt: new Date(now.getTime() - settings.daysPerStep[step] * 86_400_000) },
      })),
    });
  }
  if (filter.q) {
    const q = filter.q;
    and.push({
      OR: [
        { registrationNumber: { contains: q, mode: "insensitive" } },
        { subject: { contains: q, mode: "insensitive" } },
        { organisation: { name: { contains: q, mode: "insensitive" } } },
        { organisation: { orgNumber: { contains: q } } },
        { contact: { name: { contains: q, mode: "insensitive" } } },
        { id: { in: await matchAnswers(q) } },
      ],
    });
  }
  return { AND: and };
}

async function matchTheme(theme: string): Promise<string[]> {
  const db = await getDb();
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM request WHERE status <> 'DRAFT' AND ${theme}::"Theme" = ANY(themes)`;
  return rows.map((r) => r.id);
}

// Free text in the answers is searched with SQL (Prisma cannot search inside JSON text); the ids it
// finds join the OR above.
async function matchAnswers(q: string): Promise<string[]> {
  const db = await getDb();
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM request WHERE status <> 'DRAFT' AND answers::text ILIKE ${`%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} LIMIT 1000`;
  return rows.map((r) => r.id);
}

const ORDER: Record<InboxFilter["sort"], Prisma.RequestOrderByWithRelationInput[]> = {
  newest: [{ receivedAt: "desc" }],
  oldest: [{ receivedAt: "asc" }],
  number: [{ registrationNumber: "asc" }],
  step: [{ step: "asc" }, { stepEnteredAt: "asc" }],
};

const LIST_SELECT = {
  id: true,
  kind: true,
  status: true,
  step: true,
  outcome: true,
  registrationNumber: true,
  subject: true,
  themes: true,
  receivedAt: true,
  stepEnteredAt: true,
  organisation: { select: { name: true } },
  contact: { select: { name: true } },
  assignedTo: { select: { id: true, name: true } },
} satisfies Prisma.RequestSelect;

export async function listInbox(
  filter: InboxFilter,
  userId: string,
  settings: WorkflowSettings,
  now = new Date(),
) {
  const db = await getDb();
  const w = await where(filter, userId, settings, now);
  const [rows, total, perStep] = await Promise.all([
    db.request.findMany({
      where: w,
      select: LIST_SELECT,
      orderBy: ORDER[filter.sort],
      skip: (filter.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
    db.request.count({ where: w }),
    db.request.groupBy({ by: ["step"], where: { status: "OPEN" }, _count: { _all: true } }),
  ]);
  const counts = Object.fromEntries(
    STEPS.map((s) => [s, perStep.find((p) => p.step === s)?._count._all ?? 0]),
  );
  return {
    rows,
    total,
    counts: counts as Record<(typeof STEPS)[number], number>,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
  };
}

/** Every row of the filter (not just one page), for the CSV export. */
export async function exportInbox(
  filter: InboxFilter,
  userId: string,
  settings: WorkflowSettings,
  now = new Date(),
) {
  const db = await getDb();
  return db.request.findMany({
    where: await where(filter, userId, settings, now),
    select: LIST_SELECT,
    orderBy: ORDER[filter.sort],
    take: 50_000,
  });
}

export type InboxRow = Awaited<ReturnType<typeof listInbox>>["rows"][number];
