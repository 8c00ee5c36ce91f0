import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db/client";
import { createSentRequest } from "@/lib/server/db/factories";
import { addAttachment } from "@/lib/server/files/attachments";
import { purgeOldDrafts } from "@/lib/server/jobs/maintenance";
import { enqueueEmail } from "@/lib/server/mail/outbox";
import { requestSeed, uniqueEmail } from "../factories";

describe("draft retention", () => {
  it("deletes drafts untouched for 90 days with their files and mails, and nothing else", async () => {
    const db = await getDb();
    const old = await db.request.create({
      data: { kind: "COLLABORATION", status: "DRAFT", answers: { idea: { title: "gammal" } } },
    });
    const fresh = await db.request.create({ data: { kind: "COLLABORATION", status: "DRAFT" } });
    const { request: sent } = await createSentRequest(db, requestSeed());
    const pdf = new File([Buffer.from("%PDF-1.4\n%%EOF\n")], "a.pdf");
    const added = await addAttachment(db, { requestId: old.id, file: pdf, uploadedBy: "APPLICANT" });
    if (!added.ok) throw new Error(`attachment refused: ${added.code}`);
    const { storageKey } = await db.attachment.findUniqueOrThrow({ where: { id: added.attachment.id } });
    await enqueueEmail(db, { to: uniqueEmail(), subject: "länk", text: "länk", requestId: old.id });
    // Age the old draft (and, to be sure sent requests are never touched, the sent one too).
    await db.$executeRaw`UPDATE request SET updated_at = now() - interval '91 days' WHERE id IN (${old.id}::uuid, ${sent.id}::uuid)`;

    const cutoff = new Date(Date.now() - 90 * 86_400_000);
    expect(await purgeOldDrafts(db, cutoff)).toBeGreaterThanOrEqual(1);
    expect(await db.request.findUnique({ where: { id: old.id } })).toBeNull();
    expect(await db.attachment.count({ where: { requestId: old.id } })).toBe(0);
    expect(await db.outboxEmail.count({ where: { requestId: old.id } })).toBe(0);
    expect(await db.storedFile.findUnique({ where: { id: storageKey } })).toBeNull();
    expect(await db.request.findUnique({ where: { id: fresh.id } })).not.toBeNull();
    expect(await db.request.findUnique({ where: { id: sent.id } })).not.toBeNull();
  });
});
