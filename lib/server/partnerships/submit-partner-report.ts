import "server-only";
import { detectFileType, filenameWithExtension, MAX_FILE_BYTES } from "@/lib/domain/file-type";
import {
  MAX_REPORT_FILES,
  parsePartnerReport,
  quarterForDueDate,
  type PartnerReportInput,
} from "@/lib/domain/partner-report";
import { isoDate } from "@/lib/domain/follow-ups";
import { recordAudit, type AuditActor } from "../audit/record";
import { getDb } from "../db/client";
import { fileStore } from "../files/store";
import { text } from "../http/form-route";
import { logger } from "../log";
import type { PartnerView } from "./partner-view";
import { invalid, type Result } from "@/lib/domain/result";

// A partner submits a follow-up report through their link (the route has already opened the link
// and parsed the form with lib/domain/partner-report.ts). Files are checked before anything is
// written, and the report, its files and the audit row are one transaction: nothing half-stored.

/** "invalid" carries the file's problem as `errors.files`, for the form's file field. */
export type SubmitResult = Result<{ id: string }, "notFound" | "taken" | "period" | "invalid">;

// Files are written inside the transaction, and on the embedded database transactions queue.
const TRANSACTION = { maxWait: 15_000, timeout: 30_000 };

export async function submitPartnerReport(
  actor: AuditActor,
  command: { partyId: string; partnershipId: string; report: PartnerReportInput; files: File[] },
  now = new Date(),
): Promise<SubmitResult> {
  const files = command.files.filter((f) => f.size > 0 || f.name);
  if (files.length > MAX_REPORT_FILES) return invalid({ files: "tooMany" });
  const checked: { bytes: Uint8Array; filename: string; mime: string }[] = [];
  for (const file of files) {
    if (file.size === 0) return invalid({ files: "empty" });
    if (file.size > MAX_FILE_BYTES) return invalid({ files: "tooLarge" });
    const bytes = new Uint8Array(await file.arrayBuffer());
    const type = detectFileType(bytes);
    if (!type) return invalid({ files: "badType" });
    checked.push({ bytes, filename: filenameWithExtension(file.name, type.extension), mime: type.mime });
  }
  const { period, ...r } = command.report;
  const db = await getDb();
  const result = await db.$transaction(async (tx): Promise<SubmitResult> => {
    // Locking the party serialises reports of one party, so two posts cannot both pass the check below.
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM partnership_party
       WHERE id = ${command.partyId}::uuid AND partnership_id = ${command.partnershipId}::uuid FOR UPDATE`;
    if (locked.length === 0) return { ok: false, code: "notFound" };
    let followUpId: string | null = null;
    let quarter: string;
    if ("followUpId" in period) {
      const f = await tx.followUp.findFirst({
        where: { id: period.followUpId, partnershipId: command.partnershipId, kind: "REPORT", doneAt: null },
        select: { id: true, dueDate: true },
      });
      if (!f) return { ok: false, code: "period" };
      followUpId = f.id;
      quarter = quarterForDueDate(isoDate(f.dueDate));
    } else {
      quarter = period.quarter;
    }
    const same = {
      partyId: command.partyId,
      ...(followUpId ? { followUpId } : { followUpId: null, quarter }),
    };
    if (await tx.partnerReport.count({ where: { ...same, status: { not: "RETURNED" } } }))
      return { ok: false, code: "taken" };
    // A returned report for the same period is what this one corrects.
    const returned = await tx.partnerReport.findFirst({
      where: { ...same, status: "RETURNED", replacedBy: null },
      orderBy: { submittedAt: "desc" },
      select: { id: true },
    });
    const report = await tx.partnerReport.create({
      data: {
        partnershipId: command.partnershipId,
        partyId: command.partyId,
        followUpId,
        quarter,
        activities: r.activities,
        participants: r.participants,
        volunteerHours: r.volunteerHours,
        goalValues: r.goalValues,
        costs: r.costs,
        replacesId: returned?.id ?? null,
        submittedAt: now,
      },
      select: { id: true },
    });
    const store = fileStore();
    for (const f of checked) {
      const storageKey = await store.put(tx, f.bytes);
      await tx.partnerReportFile.create({
        data: {
          reportId: report.id,
          storageKey,
          filename: f.filename,
          contentType: f.mime,
          size: f.bytes.length,
        },
      });
    }
    await recordAudit(tx, {
      actor,
      entity: "partner_report",
      entityId: report.id,
      action: returned ? "resubmitted" : "submitted",
      changes: {
        partyId: { to: command.partyId },
        quarter: { to: quarter },
        followUpId: { to: followUpId },
        files: { to: checked.length },
        ...(returned ? { replacesId: { to: returned.id } } : {}),
      },
    });
    return { ok: true, id: report.id };
  }, TRANSACTION);
  if (result.ok)
    logger.info({ event: "partner-report-submitted", reportId: result.id }, "partner report submitted");
  return result;
}

/** The report form's fields, checked against the periods, goals and budget lines the partner sees. */
export function readPartnerReportForm(form: FormData, view: PartnerView) {
  return parsePartnerReport(
    {
      period: text(form, "period"),
      activities: text(form, "activities"),
      participants: text(form, "participants"),
      volunteerHours: text(form, "volunteerHours"),
      goals: view.goals.map((g) => ({ goalId: g.id, value: text(form, `goal-${g.id}`) })),
      costs: view.lines
        .filter((l) => l.partyId === view.party.id)
        .map((l) => ({ budgetLineId: l.id, amount: text(form, `cost-${l.id}`) })),
    },
    {
      periods: view.periods.map((p) => p.value),
      goalIds: view.goals.map((g) => g.id),
      lineIds: view.lines.map((l) => l.id),
    },
  );
}

/** The files chosen in the form; an empty file input posts a nameless empty file, which is none. */
export const reportFiles = (form: FormData) =>
  form.getAll("files").filter((f): f is File => typeof f !== "string" && (f.size > 0 || f.name !== ""));
