import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db/client";
import { sendRequest } from "@/lib/server/intake/send-request";
import { defaultSettings, getSettings, saveMunicipalitySettings } from "@/lib/server/settings";
import { completeAnswers, unique, uniqueEmail, uniquePrefix } from "../factories";

// The municipality's settings: the environment's values until an administrator saves others.
// Other test files may share this database and expect the "KS" prefix and the default mailbox, so
// the stored row only ever lives inside one test here and is deleted in a finally block.

async function deleteRow() {
  const db = await getDb();
  await db.setting.deleteMany({ where: { key: "municipality" } });
}

describe("municipality settings", () => {
  afterEach(deleteRow);

  it("are the environment's values when nothing is stored", async () => {
    await deleteRow();
    expect(await getSettings()).toEqual({
      municipalityName: "Exempelstads kommun",
      mailbox: "lotsen@example.se",
      contactEmail: "lotsen@example.se",
      contactPhone: null,
      registrationPrefix: "KS",
    });
    expect(await getSettings()).toEqual(defaultSettings());
  });

  it("gives the next registration the saved prefix", async () => {
    const db = await getDb();
    const admin = await db.staffUser.create({
      data: { name: "Admin", email: uniqueEmail("admin"), roles: ["ADMIN"] },
    });
    const prefix = `Dnr ${uniquePrefix()}`;
    try {
      const defaults = defaultSettings();
      // Only the prefix differs from the defaults: other test files may be sending mail meanwhile.
      await saveMunicipalitySettings(
        {
          name: defaults.municipalityName,
          mailbox: defaults.mailbox,
          contactEmail: "info@kommun.example",
          contactPhone: "010-123 45 67",
          registrationPrefix: prefix,
        },
        admin.id,
      );
      expect(await getSettings()).toMatchObject({
        registrationPrefix: prefix,
        contactEmail: "info@kommun.example",
        contactPhone: "010-123 45 67",
      });
      const audit = await db.auditEvent.findFirstOrThrow({
        where: { entity: "setting", entityId: "municipality", actorId: admin.id },
      });
      expect(audit.changes).toMatchObject({ registrationPrefix: { to: prefix } });

      const email = uniqueEmail("prefix");
      const { id } = await db.request.create({
        data: { kind: "COLLABORATION", status: "DRAFT", answers: completeAnswers(email) },
      });
      const sent = await sendRequest({ requestId: id, idempotencyKey: `key-${unique()}`, locale: "sv" });
      expect(sent.ok).toBe(true);
      if (!sent.ok) return;
      const year = new Date().getFullYear();
      expect(sent.registrationNumber).toBe(`${prefix} ${year}/0001`);
      const mails = await db.outboxEmail.findMany({ where: { requestId: id } });
      expect(mails.map((m) => m.toAddress).sort()).toEqual([email, defaults.mailbox].sort());
    } finally {
      await deleteRow();
    }
    expect((await getSettings()).registrationPrefix).toBe("KS");
  });

  it("keeps the default for a stored field that is missing or no longer valid", async () => {
    const db = await getDb();
    try {
      await db.setting.create({
        data: { key: "municipality", value: { name: "Nyköpings kommun", registrationPrefix: "K/S" } },
      });
      expect(await getSettings()).toMatchObject({
        municipalityName: "Nyköpings kommun",
        mailbox: "lotsen@example.se",
        registrationPrefix: "KS",
      });
    } finally {
      await deleteRow();
    }
  });
});
