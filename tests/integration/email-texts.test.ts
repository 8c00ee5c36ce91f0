import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db/client";
import { createStaffUser } from "@/lib/server/db/factories";
import { readEmailTextDraft, saveEmailTextDraft } from "@/lib/server/mail/email-text-drafts";
import {
  defaultEmailText,
  resetEmailText,
  resolveEmailText,
  saveEmailText,
} from "@/lib/server/mail/email-texts";
import { enqueueEmail } from "@/lib/server/mail/outbox";
import { uniqueEmail } from "../factories";

// The texts are global, and other test files send mail at the same time: these tests change only
// the English text of a staff-only kind, which is never sent (staff mail goes out in Swedish).
const KIND = "opinionGiven" as const;

async function admin() {
  return createStaffUser(await getDb(), { email: uniqueEmail("admin"), name: "Admin", roles: ["ADMIN"] });
}

describe("email texts edited by administrators", () => {
  it("uses a saved text for the next mail of its kind, and the default again after a reset", async () => {
    const db = await getDb();
    const { id: userId } = await admin();
    const mail = {
      to: uniqueEmail("staff"),
      template: {
        kind: KIND,
        locale: "en" as const,
        values: { number: "KS 2026/0001", organisation: "Exempel", caseLink: "https://x.example/c" },
      },
    };

    const saved = await saveEmailText(
      KIND,
      "en",
      { subject: "Opinion on {number} is in", body: "See {caseLink} ({organisation})." },
      userId,
    );
    expect(saved).toEqual({ ok: true });
    const custom = await enqueueEmail(db, mail);
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id: custom.id } })).toMatchObject({
      kind: KIND,
      subject: "Opinion on KS 2026/0001 is in",
      textBody: "See https://x.example/c (Exempel).",
    });

    await resetEmailText(KIND, "en", userId);
    expect(await resolveEmailText(db, KIND, "en")).toEqual({
      ...defaultEmailText(KIND, "en"),
      custom: false,
    });
    const plain = await enqueueEmail(db, mail);
    const row = await db.outboxEmail.findUniqueOrThrow({ where: { id: plain.id } });
    expect(row.subject).toBe("New opinion in case KS 2026/0001");
    expect(row.textBody).toContain("https://x.example/c");
    // Both changes are in the audit trail under the administrator, the saved text as the change.
    const trail = await db.auditEvent.findMany({
      where: { entity: "email_text", entityId: `${KIND}.en`, actorId: userId },
      orderBy: { id: "asc" },
    });
    expect(trail.map((r) => r.action).slice(-2)).toEqual(["customised", "reset_to_default"]);
    expect(trail.at(-2)!.changes).toMatchObject({ subject: { to: "Opinion on {number} is in" } });
  });

  it("refuses an unknown placeholder, a missing required one and unpaired braces, saving nothing", async () => {
    const db = await getDb();
    const { id: userId } = await admin();
    await resetEmailText(KIND, "en", userId);
    const attempts = [
      [
        { subject: "Case {number} from {email}", body: "{caseLink}" },
        { subject: { code: "unknownPlaceholder", name: "email" } },
      ],
      [
        { subject: "Case {number}", body: "Please look at the case." },
        { body: { code: "missingPlaceholder", name: "caseLink" } },
      ],
      [{ subject: "Case {number", body: "{caseLink}" }, { subject: { code: "unbalanced" } }],
      [
        { subject: "", body: "{caseLink}}" },
        { subject: { code: "required" }, body: { code: "unbalanced" } },
      ],
    ] as const;
    for (const [text, errors] of attempts) {
      expect(await saveEmailText(KIND, "en", text, userId)).toEqual({ ok: false, code: "invalid", errors });
    }
    expect(await db.emailTemplate.count({ where: { key: KIND, locale: "en" } })).toBe(0);
  });

  it("keeps a preview draft for its author only", async () => {
    const author = await admin();
    const other = await admin();
    await saveEmailTextDraft("withdrawnToLotsen", "en", author.id, {
      subject: "Draft {number}",
      body: "{caseLink}",
      intent: "preview",
    });
    expect(await readEmailTextDraft("withdrawnToLotsen", "en", author.id)).toEqual({
      subject: "Draft {number}",
      body: "{caseLink}",
      intent: "preview",
    });
    expect(await readEmailTextDraft("withdrawnToLotsen", "en", other.id)).toBeNull();
  });
});
