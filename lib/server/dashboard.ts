import "server-only";
import { addDays, dateValue, isoDate, swedishDate } from "@/lib/domain/follow-ups";
import { addMonths } from "@/lib/domain/follow-up-plan";
import { STEPS, type StepName } from "@/lib/domain/steps";
import { THEMES, type ThemeName } from "@/lib/domain/themes";
import { isOverdue, type WorkflowSettings } from "@/lib/domain/workflow-settings";
import { getDb, type Db } from "./db/client";

// Every figure of the officials' dashboard (issue 5, part 6), computed here and nowhere else.
// "Requests" are all sent requests, questions included, as in the inbox's counts per step. Months and
// dates are Swedish calendar ones.

export const COLLABORATION_FORMS = ["IOP", "GRANT", "PROCUREMENT", "RESERVED_PROCUREMENT", "OTHER"] as const;
export const ENDING_WITHIN_DAYS = 90;
export const FOLLOW_UPS_WITHIN_DAYS = 30;
const LIST_MAX = 25;

export interface DashboardFigures {
  openPerStep: Record<StepName, number>;
  /** Median days of completed stays in each step (entered and left again), and how many stays. */
  daysPerStep: Record<StepName, { median: number | null; stays: number }>;
  overdue: {
    count: number;
    cases: { id: string; registrationNumber: string; step: StepName; days: number }[];
  };
  perTheme: Record<ThemeName, number>;
  /** The last twelve months, oldest first, as YYYY-MM. */
  perMonth: { month: string; count: number }[];
  decisions: { granted: Record<(typeof COLLABORATION_FORMS)[number], number>; declined: number };
  partnerships: { active: number; ending: { id: string; title: string; endDate: string }[] };
  followUps: {
    dueSoon: number;
    overdue: number;
    list: { partnershipId: string; title: string; dueDate: string; kind: string; overdue: boolean }[];
  };
}

const monthOf = (d: Date) => swedishDate(d).slice(0, 7);

export async function dashboardFigures(
  settings: WorkflowSettings,
  now = new Date(),
  db?: Db,
): Promise<DashboardFigures> {
  db ??= await getDb();
  const today = swedishDate(now);
  const firstMonth = addMonths(`${today.slice(0, 7)}-01`, -11);
  // Received on or after the first day of the first month, in Swedish time (at most two hours off UTC).
  const since = new Date(`${firstMonth}T00:00:00Z`);
  since.setUTCHours(-2);

  const [open, stays, received, decisions, active, ending, followUps] = await Promise.all([
    db.request.findMany({
      where: { status: "OPEN", step: { not: null } },
      select: { id: true, registrationNumber: true, step: true, stepEnteredAt: true, receivedAt: true },
    }),
    // Each entry into a step (SUBMITTED into RECEIVED, every STEP_CHANGED or skip) lasts until the
    // request's next move or its ending; stays not yet left are not counted.
    db.$queryRaw<{ step: StepName; median: number; stays: number }[]>`
      WITH moves AS (
        SELECT to_step, created_at,
               LEAD(created_at) OVER (PARTITION BY request_id ORDER BY created_at, id) AS left_at
        FROM case_event
        WHERE to_step IS NOT NULL OR type = 'ENDED'
      )
      SELECT to_step::text AS step,
             percentile_cont(0.5) WITHIN GROUP (
               ORDER BY (EXTRACT(EPOCH FROM (left_at - created_at)) / 86400.0)::float8
             ) AS median,
             COUNT(*)::int AS stays
      FROM moves
      WHERE to_step IS NOT NULL AND left_at IS NOT NULL
      GROUP BY to_step`,
    db.request.findMany({
      where: { status: { not: "DRAFT" }, receivedAt: { gte: since } },
      select: { receivedAt: true, themes: true },
    }),
    db.request.groupBy({
      by: ["outcome", "collaborationForm"],
      where: { status: "ENDED", outcome: { in: ["GRANTED", "DECLINED"] } },
      _count: { _all: true },
    }),
    db.partnership.count({ where: { status: "ACTIVE" } }),
    db.partnership.findMany({
      where: {
        status: "ACTIVE",
        endDate: { gte: dateValue(today), lte: dateValue(addDays(today, ENDING_WITHIN_DAYS)) },
      },
      select: { id: true, title: true, endDate: true },
      orderBy: { endDate: "asc" },
    }),
    db.followUp.findMany({
      where: {
        doneAt: null,
        partnership: { status: "ACTIVE" },
        dueDate: { lte: dateValue(addDays(today, FOLLOW_UPS_WITHIN_DAYS)) },
      },
      select: { dueDate: true, kind: true, partnership: { select: { id: true, title: true } } },
      orderBy: { dueDate: "asc" },
    }),
  ]);

  const openPerStep = Object.fromEntries(STEPS.map((s) => [s, 0])) as Record<StepName, number>;
  const overdueCases: DashboardFigures["overdue"]["cases"] = [];
  for (const r of open) {
    const step = r.step as StepName;
    openPerStep[step]++;
    const entered = r.stepEnteredAt ?? r.receivedAt;
    if (entered && isOverdue(settings, step, entered, now))
      overdueCases.push({
        id: r.id,
        registrationNumber: r.registrationNumber ?? "",
        step,
        days: Math.floor((now.getTime() - entered.getTime()) / 86_400_000),
      });
  }
  overdueCases.sort((a, b) => b.days - a.days);

  const daysPerStep = Object.fromEntries(
    STEPS.map((s) => {
      const row = stays.find((x) => x.step === s);
      return [s, { median: row ? Math.round(Number(row.median) * 10) / 10 : null, stays: row?.stays ?? 0 }];
    }),
  ) as DashboardFigures["daysPerStep"];

  const months = Array.from({ length: 12 }, (_, i) => addMonths(firstMonth, i).slice(0, 7));
  const perMonth = new Map(months.map((m) => [m, 0]));
  const perTheme = Object.fromEntries(THEMES.map((t) => [t, 0])) as Record<ThemeName, number>;
  for (const r of received) {
    const month = monthOf(r.receivedAt!);
    if (!perMonth.has(month)) continue; // the two-hour margin above
    perMonth.set(month, perMonth.get(month)! + 1);
    for (const theme of r.themes) perTheme[theme as ThemeName]++;
  }

  const granted = Object.fromEntries(
    COLLABORATION_FORMS.map((f) => [f, 0]),
  ) as DashboardFigures["decisions"]["granted"];
  let declined = 0;
  for (const d of decisions) {
    if (d.outcome === "DECLINED") declined += d._count._all;
    else granted[(d.collaborationForm ?? "OTHER") as keyof typeof granted] += d._count._all;
  }

  const overdueFollowUps = followUps.filter((f) => isoDate(f.dueDate) < today);
  return {
    openPerStep,
    daysPerStep,
    overdue: { count: overdueCases.length, cases: overdueCases.slice(0, LIST_MAX) },
    perTheme,
    perMonth: months.map((month) => ({ month, count: perMonth.get(month)! })),
    decisions: { granted, declined },
    partnerships: {
      active,
      ending: ending.map((p) => ({ id: p.id, title: p.title, endDate: isoDate(p.endDate!) })),
    },
    followUps: {
      dueSoon: followUps.length - overdueFollowUps.length,
      overdue: overdueFollowUps.length,
      list: followUps.slice(0, LIST_MAX).map((f) => ({
        partnershipId: f.partnership.id,
        title: f.partnership.title,
        dueDate: isoDate(f.dueDate),
        kind: f.kind,
        overdue: isoDate(f.dueDate) < today,
      })),
    },
  };
}
