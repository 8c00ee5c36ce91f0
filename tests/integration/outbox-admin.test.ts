import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db/client";
import { enqueueEmail } from "@/lib/server/mail/outbox";
import { listOutboxProblems, maskAddress, retryOutboxMail } from "@/lib/server/mail/outbox-admin";
import { staffMember, uniqueEmail } from "../factories";

describe("the administrators' outbox", () => {
  it("lists a failed mail with a masked recipient and sends it again with its attempts cleared", async () => {
    const db = await getDb();
    const to = uniqueEmail("failed");
    const { id } = await enqueueEmail(db, { to, subject: "Test", text: "Hej" });
    await db.outboxEmail.update({
      where: { id },
      data: { status: "FAILED", attempts: 20, lastError: "550 [recipient] unknown" },
    });

    const row = (await listOutboxProblems()).find((r) => r.id === id);
    expect(row).toMatchObject({
      status: "FAILED",
      attempts: 20,
      recipient: maskAddress(to),
      nextAttemptAt: null,
    });
    expect(row!.recipient).not.toContain(to.split("@")[0]!);

    const admin = await staffMember(["ADMIN"]);
    expect(await retryOutboxMail(id, admin)).toBe(true);
    const after = await db.outboxEmail.findUniqueOrThrow({ where: { id } });
    expect(after).toMatchObject({ status: "PENDING", attempts: 0, lockedUntil: null });
    expect(after.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now());
    // Only a failed mail can be sent again: a second click changes nothing.
    expect(await retryOutboxMail(id, admin)).toBe(false);
    // The retry is in the audit trail once, under the administrator who asked for it.
    const trail = await db.auditEvent.findMany({ where: { entity: "outbox_email", entityId: id } });
    expect(trail).toMatchObject([{ actorId: admin, action: "retried" }]);
  });

  it("masks addresses to their first letter and domain", () => {
    expect(maskAddress("anna.andersson@example.se")).toBe("a***@example.se");
    expect(maskAddress("nonsense")).toBe("***");
  });
});
