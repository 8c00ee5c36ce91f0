import "server-only";
import { readGoals } from "@/lib/domain/follow-ups";
import { isUuid } from "@/lib/domain/ids";
import { getDb } from "../db/client";
import { findPartnership } from "./queries";
import { fileStore } from "../files/store";

// The staff side of partner reports: each civil-society party's contact and link, and every report
// with its files, newest first. The callers check the permission (viewPartnerships) first.

export async function partnerReportsForStaff(partnershipId: string) {
  const p = await findPartnership(partnershipId, {
    id: true,
    title: true,
    goals: true,
    parties: {
      where: { side: "CIVIL_SOCIETY" },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: {
        id: true,
        name: true,
        contactName: true,
        contactEmail: true,
        partnerLink: { select: { createdAt: true, expiresAt: true } },
      },
    },
    budgetLines: { select: { id: true, description: true, year: true } },
    followUps: { where: { kind: "REPORT" }, select: { id: true, dueDate: true, doneAt: true } },
    partnerReports: {
      orderBy: { submittedAt: "desc" },
      include: {
        party: { select: { name: true } },
        files: { orderBy: { createdAt: "asc" }, select: { id: true, filename: true, size: true } },
      },
    },
  });
  if (!p) return null;
  return { ...p, goals: readGoals(p.goals) };
}

export type StaffPartnerReports = NonNullable<Awaited<ReturnType<typeof partnerReportsForStaff>>>;

/** One attachment of a report of this partnership, with its bytes; null when it is not one. */
export async function partnerReportFile(partnershipId: string, fileId: string) {
  if (!isUuid(partnershipId) || !isUuid(fileId)) return null;
  const db = await getDb();
  const file = await db.partnerReportFile.findFirst({
    where: { id: fileId, report: { partnershipId } },
    select: { storageKey: true, filename: true, contentType: true },
  });
  if (!file) return null;
  const bytes = await fileStore().get(db, file.storageKey);
  return bytes ? { ...file, bytes } : null;
}
